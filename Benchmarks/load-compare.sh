#!/usr/bin/env bash
# CSV load time of this checkout against another commit, measured alternately on the same file so
# that both see the same load on a shared machine: builds govlint-loadbench at REV in a temporary
# worktree (release), writes 2,000 procedures and 100,000 dossiers with govlint-datagen (seed 1),
# then loads dossiers.csv RUNS times in turn with each build (each time the best of 5 loads, in
# CPU time), and prints the fastest and the median of those times for each build.
# Usage: Benchmarks/load-compare.sh REV [RUNS] [DATE_FORMATS]   (default 15, ISO dates only)
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: Benchmarks/load-compare.sh REV [RUNS] [DATE_FORMATS]}
runs=${2:-15}
formats=${3:-}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/other" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

swift build -c release --product govlint-loadbench >&2
swift build -c release --product govlint-datagen >&2
here=$(swift build -c release --show-bin-path)
git worktree add --detach "$work/other" "$rev" >&2
(cd "$work/other" && swift build -c release --product govlint-loadbench >&2)
there=$(cd "$work/other" && swift build -c release --show-bin-path)
"$here/govlint-datagen" --out "$work/data" --procedures 2000 --dossiers 100000 --seed 1 >&2

for _ in $(seq "$runs"); do
    for build in "$rev:$there" "HEAD:$here"; do
        echo "${build%%:*} $("${build#*:}/govlint-loadbench" --repeat 5 ${formats:+--date-formats "$formats"} "$work/data/dossiers.csv" | awk '{ print $4 }')"
    done
done > "$work/times"

echo "dossiers.csv (8 MB), dates: ${formats:-yyyy-MM-dd}; $runs alternate runs of the best of 5 loads, CPU ms"
for name in "$rev" HEAD; do
    awk -v b="$name" '$1 == b { print $2 }' "$work/times" | sort -n |
        awk -v b="$name" '{ v[NR] = $1 } END { printf "%-10s fastest %.1f ms, median %.1f ms\n", b, v[1], v[int((NR + 1) / 2)] }'
done
