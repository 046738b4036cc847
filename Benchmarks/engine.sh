#!/usr/bin/env bash
# Rule-evaluation overhead over loading alone (release build): `govlint check` on data from
# govlint-datagen (a catalogue of 2,000 procedures and a register of 100,000 dossiers by
# default), once with rule sets that have no rules (Benchmarks/engine/load-only) and once with
# twenty rules of mixed kinds (Benchmarks/engine/rules). Prints the best of RUNS wall times, and
# the best CPU times beside them.
# Usage: Benchmarks/engine.sh [PROCEDURES] [DOSSIERS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
procedures=${1:-2000}
dossiers=${2:-100000}
runs=${3:-5}

swift build -c release --product govlint >&2
swift build -c release --product govlint-datagen >&2
bin=$(swift build -c release --show-bin-path)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$bin/govlint-datagen" --out "$data" --procedures "$procedures" --dossiers "$dossiers" >&2

# The best wall time and the best CPU time (user and system), in seconds, of `govlint check` with
# the rule sets in folder $1. CPU time is steadier than wall time on a shared machine.
best_times() {
    local best="" best_cpu=""
    local TIMEFORMAT='%R %U %S'
    for _ in $(seq "$runs"); do
        local status=0
        { time "$bin/govlint" check "$data/procedures.yml" "$data/dossiers.csv" --rules "$1" --quiet --fail-on never --as-of 2020-12-31 --format "json:$data/report.json" \
            >/dev/null 2>"$data/stderr" || status=$?; } 2>"$data/time"
        if [ "$status" -ne 0 ]; then cat "$data/stderr" >&2; echo "govlint check exited $status" >&2; exit 1; fi
        read -r wall user system < "$data/time"
        best=$(echo "$wall $best" | awk '{ if ($2 == "" || $1 < $2) print $1; else print $2 }')
        best_cpu=$(echo "$user $system $best_cpu" | awk '{ t = $1 + $2; if ($3 == "" || t < $3) print t; else print $3 }')
    done
    echo "$best $best_cpu"
}

read -r load load_cpu < <(best_times Benchmarks/engine/load-only)
read -r full full_cpu < <(best_times Benchmarks/engine/rules)
echo "$procedures procedures, $dossiers dossiers, 20 rules, best of $runs runs, $(nproc) cores"
awk -v load="$load" -v full="$full" -v lc="$load_cpu" -v fc="$full_cpu" 'BEGIN {
    printf "load only:           %.3f s (CPU %.2f s)\n", load, lc
    printf "load and evaluate:   %.3f s (CPU %.2f s)\n", full, fc
    printf "evaluation:          %.3f s (%.2f x loading; CPU %.2f s, %.2f x)\n", full - load, (full - load) / load, fc - lc, (fc - lc) / lc
}'
