#!/usr/bin/env bash
# What each rule of Benchmarks/engine/rules costs, in machine instructions under callgrind (steady
# on a shared machine, unlike times): `govlint check` on data from govlint-datagen (2,000
# procedures, DOSSIERS dossiers, seed 1) with all the rules, less the same run without that rule.
# What the rules share (calendars, lookups, the selections of their items) is the evaluation's
# remainder once every rule's own cost is taken away. Needs valgrind.
# Usage: Benchmarks/engine-rules.sh [DOSSIERS]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
dossiers=${1:-10000}
command -v valgrind >/dev/null || { echo "Benchmarks/engine-rules.sh needs valgrind" >&2; exit 2; }

swift build -c release --product govlint >&2
swift build -c release --product govlint-datagen >&2
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/govlint-datagen" --out "$work/data" --procedures 2000 --dossiers "$dossiers" --seed 1 >&2

# The instructions of `govlint check` with the rule sets in folder $1.
instructions() {
    (cd "$work/data" && valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin/govlint" check \
        procedures.yml dossiers.csv --rules "$1" --quiet --fail-on never --as-of 2020-12-31 \
        --format "json:$work/report.json" --jobs 1 2>&1) | awk '/refs:/ { gsub(",", "", $NF); print $NF }'
}

# A folder with the rule sets of Benchmarks/engine/rules, the rule with id $2 left out of $1.
without_rule() {
    rm -rf "$work/set" && cp -R Benchmarks/engine/rules "$work/set"
    awk -v id="$2" '
        /^rules:/ { rules = 1; keep = 1 }
        rules && /^  - id:/ { keep = ($3 != id) }
        !rules || keep' "$1" > "$work/set/$(basename "$1")"
    echo "$work/set"
}

millions() { awk -v n="$1" 'BEGIN { printf "%8.1f M", n / 1e6 }'; }

load=$(instructions "$PWD/Benchmarks/engine/load-only")
all=$(instructions "$PWD/Benchmarks/engine/rules")
echo "2000 procedures, $dossiers dossiers: instructions of evaluation (over loading alone)"
printf '%-40s %s\n' "all rules" "$(millions $((all - load)))"
shared=$((all - load))
for file in Benchmarks/engine/rules/*.yml; do
    for id in $(awk '/^  - id:/ { print $3 }' "$file"); do
        own=$((all - $(instructions "$(without_rule "$file" "$id")")))
        shared=$((shared - own))
        printf '%-40s %s\n' "$(basename "$file" .yml)/$id" "$(millions "$own")"
    done
done
printf '%-40s %s\n' "shared by the rules" "$(millions "$shared")"
