#!/usr/bin/env bash
# Rule-evaluation overhead over loading alone (release build): `govlint check` on data from
# govlint-datagen (a catalogue of 2,000 procedures and a register of 100,000 dossiers by
# default), once with rule sets that have no rules (Benchmarks/engine/load-only) and once with
# twenty rules of mixed kinds (Benchmarks/engine/rules). Prints the best of RUNS wall times.
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

# The best wall time, in seconds, of `govlint check` with the rule sets in folder $1.
best_time() {
    local best=""
    for _ in $(seq "$runs"); do
        local start end status
        start=$(date +%s.%N)
        status=0
        "$bin/govlint" check "$data/procedures.yml" "$data/dossiers.csv" --rules "$1" --quiet --fail-on never --as-of 2020-12-31 --format "json:$data/report.json" \
            >/dev/null 2>"$data/stderr" || status=$?
        end=$(date +%s.%N)
        if [ "$status" -ne 0 ]; then cat "$data/stderr" >&2; echo "govlint check exited $status" >&2; exit 1; fi
        best=$(echo "$start $end $best" | awk '{ t = $2 - $1; if ($3 == "" || t < $3) print t; else print $3 }')
    done
    echo "$best"
}

load=$(best_time Benchmarks/engine/load-only)
full=$(best_time Benchmarks/engine/rules)
echo "$procedures procedures, $dossiers dossiers, 20 rules, best of $runs runs, $(nproc) cores"
awk -v load="$load" -v full="$full" 'BEGIN {
    printf "load only:           %.3f s\n", load
    printf "load and evaluate:   %.3f s\n", full
    printf "evaluation:          %.3f s (%.2f x loading)\n", full - load, (full - load) / load
}'
