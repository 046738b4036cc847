#!/bin/sh
# Cost of one regex match on the own matcher and on NSRegularExpression, for the two patterns of
# the engine benchmark's rules, release build.
# With --instructions: the machine instructions per `CompiledRegex.matches` call for each of the
# two patterns as `govlint check` runs them over data from govlint-datagen (2,000 procedures,
# 10,000 dossiers), counted by callgrind (needs valgrind).
# Usage: Benchmarks/regex.sh [MATCHES]   (default 2000000)
#        Benchmarks/regex.sh --instructions
set -eu
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--instructions" ]; then
    swift build -c release --product govlint-evalbench >/dev/null
    "$(swift build -c release --show-bin-path)/govlint-evalbench" "${1:-2000000}" regex
    exit 0
fi

command -v valgrind >/dev/null || { echo "regex.sh --instructions needs valgrind" >&2; exit 1; }
swift build -c release --product govlint >/dev/null
swift build -c release --product govlint-datagen >/dev/null
bin=$(swift build -c release --show-bin-path)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$bin/govlint-datagen" --out "$data" --procedures 2000 --dossiers 10000 >/dev/null

# Prints the instructions per match of pattern $3 on field $2 of the items $4 of file $1.
per_match() {
    cat >"$data/rules.yml" <<EOF
ruleset: regex-bench
version: 1
files: ["$1"]
columns: { dossier_id: string }
defaults: { severity: error, for-each: "$4" }
rules:
  - id: format
    summary: The field has the benchmark's format.
    pattern: { $2: '$3' }
EOF
    valgrind --tool=callgrind --callgrind-out-file="$data/callgrind.out" "$bin/govlint" check "$data/$1" \
        --rules "$data/rules.yml" --quiet --fail-on never --format "json:$data/report.json" --jobs 1 2>/dev/null
    # The inclusive cost of CompiledRegex.matches over the calls its callers made. Run outside
    # the package, where callgrind_annotate would list each function twice, by both paths.
    (cd "$data" && callgrind_annotate --tree=caller --inclusive=yes --threshold=100 callgrind.out 2>/dev/null) | awk -v pattern="$3" '
        /^$/ { if (found) exit; calls = 0; next }
        / < / { if (match($0, /\(([0-9,]+)x\)/)) { c = substr($0, RSTART + 1, RLENGTH - 3); gsub(",", "", c); calls += c } }
        / \*  .*CompiledRegex[A-Z]7matchesySbSSF / { total = $1; gsub(",", "", total); found = 1 }
        END {
            if (!found || calls == 0) { print "regex " pattern ": no calls of CompiledRegex.matches found"; exit 1 }
            printf "regex %s: %d instructions/match (%d matches)\n", pattern, total / calls, calls
        }'
}

per_match dossiers.csv dossier_id '^[A-Z]+-\d{4}-\d+$' '$[*]'
per_match procedures.yml code '^\d\.\d{6}$' '$.procedures[*]'
