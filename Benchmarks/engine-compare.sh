#!/usr/bin/env bash
# Evaluation time of this checkout against another commit, measured alternately on the same data
# so that both see the same load on a shared machine: builds REV in a temporary worktree (release),
# writes 2,000 procedures and DOSSIERS dossiers with govlint-datagen (seed 1), then runs, RUNS
# times in turn for each build, `govlint check` with Benchmarks/engine/load-only and with
# Benchmarks/engine/rules, and prints the medians of their CPU time (user and system), and
# evaluation as the difference of the two, and whether the two builds' JSON reports are identical.
# The rule sets of this checkout are used for both builds.
# Usage: Benchmarks/engine-compare.sh REV [DOSSIERS] [RUNS] [JOBS]   (default 100000 9 1)
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: Benchmarks/engine-compare.sh REV [DOSSIERS] [RUNS] [JOBS]}
dossiers=${2:-100000}
runs=${3:-9}
jobs=${4:-1}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/other" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

swift build -c release --product govlint >&2
swift build -c release --product govlint-datagen >&2
here=$(swift build -c release --show-bin-path)
git worktree add --detach "$work/other" "$rev" >&2
(cd "$work/other" && swift build -c release --product govlint >&2)
there=$(cd "$work/other" && swift build -c release --show-bin-path)
"$here/govlint-datagen" --out "$work/data" --procedures 2000 --dossiers "$dossiers" --seed 1 >&2

# CPU seconds (user and system) of `govlint check` by binary $1 with the rule sets in folder $2,
# writing its JSON report to $3.
cpu() {
    local TIMEFORMAT='%U %S'
    { time "$1" check "$work/data/procedures.yml" "$work/data/dossiers.csv" --rules "$2" --quiet --fail-on never \
        --as-of 2020-12-31 --format "json:$3" --jobs "$jobs" >/dev/null 2>&1; } 2>&1 | awk '{ print $1 + $2 }'
}

for _ in $(seq "$runs"); do
    for build in "other:$there" "HEAD:$here"; do
        for set in load-only rules; do
            echo "${build%%:*} $set $(cpu "${build#*:}/govlint" "$PWD/Benchmarks/engine/$set" "$work/report-${build%%:*}-$set.json")"
        done
    done
done > "$work/times"

echo "2000 procedures, $dossiers dossiers, $runs alternate runs, --jobs $jobs; median CPU seconds"
for name in other HEAD; do
    load=$(awk -v b="$name" '$1 == b && $2 == "load-only" { print $3 }' "$work/times" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    full=$(awk -v b="$name" '$1 == b && $2 == "rules" { print $3 }' "$work/times" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    shown=$([ "$name" = other ] && echo "$rev" || echo HEAD)
    awk -v n="$shown" -v l="$load" -v f="$full" 'BEGIN { printf "%-10s load %.3f s, load and evaluate %.3f s, evaluation %.3f s (%.2f x loading)\n", n, l, f, f - l, (f - l) / l }'
done
if cmp -s "$work/report-other-rules.json" "$work/report-HEAD-rules.json"; then
    echo "JSON reports of the two builds: identical"
else
    echo "JSON reports of the two builds: different"
fi
