#!/usr/bin/env bash
# Rule-evaluation overhead over loading alone (release build): `govlint check` on data from
# govlint-datagen (a catalogue of 2,000 procedures and a register of 100,000 dossiers by
# default), with rule sets that have no rules (Benchmarks/engine/load-only) and with twenty rules
# of mixed kinds (Benchmarks/engine/rules), in turn, RUNS times each. Prints the best and the
# median wall time and CPU time of each, and evaluation as their difference.
# Usage: Benchmarks/engine.sh [PROCEDURES] [DOSSIERS] [RUNS]   (default 2000 100000 11)
set -euo pipefail
cd "$(dirname "$0")/.."
procedures=${1:-2000}
dossiers=${2:-100000}
runs=${3:-11}

swift build -c release --product govlint >&2
swift build -c release --product govlint-datagen >&2
bin=$(swift build -c release --show-bin-path)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$bin/govlint-datagen" --out "$data" --procedures "$procedures" --dossiers "$dossiers" >&2

# Appends to $data/times the set's name, the wall time and the CPU time (user and system), in
# seconds, of one `govlint check` with the rule sets in folder Benchmarks/engine/$1.
time_once() {
    local status=0
    local TIMEFORMAT='%R %U %S'
    { time "$bin/govlint" check "$data/procedures.yml" "$data/dossiers.csv" --rules "Benchmarks/engine/$1" --quiet --fail-on never --as-of 2020-12-31 --format "json:$data/report.json" \
        >/dev/null 2>"$data/stderr" || status=$?; } 2>"$data/time"
    if [ "$status" -ne 0 ]; then cat "$data/stderr" >&2; echo "govlint check exited $status" >&2; exit 1; fi
    read -r wall user system < "$data/time"
    echo "$1 $wall $(echo "$user $system" | awk '{ print $1 + $2 }')" >> "$data/times"
}

# The two sets run in turn, so that both see the same load on a shared machine, whose speed
# changes from one minute to the next.
for _ in $(seq "$runs"); do
    time_once load-only
    time_once rules
done

# The best and the median of column $2 (2: wall, 3: CPU) of set $1's times.
best_and_median() {
    awk -v set="$1" -v column="$2" '$1 == set { print $column }' "$data/times" | sort -n |
        awk '{ v[NR] = $1 } END { print v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

read -r load load_median < <(best_and_median load-only 2)
read -r full full_median < <(best_and_median rules 2)
read -r load_cpu load_cpu_median < <(best_and_median load-only 3)
read -r full_cpu full_cpu_median < <(best_and_median rules 3)
echo "$procedures procedures, $dossiers dossiers, 20 rules, $runs alternate runs, $(nproc) cores"
awk -v l="$load" -v f="$full" -v lc="$load_cpu" -v fc="$full_cpu" \
    -v lm="$load_median" -v fm="$full_median" -v lcm="$load_cpu_median" -v fcm="$full_cpu_median" 'BEGIN {
    printf "                     best: wall    CPU        median: wall    CPU\n"
    printf "load only:           %8.3f s %6.3f s         %8.3f s %6.3f s\n", l, lc, lm, lcm
    printf "load and evaluate:   %8.3f s %6.3f s         %8.3f s %6.3f s\n", f, fc, fm, fcm
    printf "evaluation:          %8.3f s %6.3f s         %8.3f s %6.3f s\n", f - l, fc - lc, fm - lm, fcm - lcm
    printf "evaluation/loading:  %8.2f x %6.2f x         %8.2f x %6.2f x\n", (f - l) / l, (fc - lc) / lc, (fm - lm) / lm, (fcm - lcm) / lcm
}'
