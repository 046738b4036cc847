#!/bin/sh
# Cost of one regex match on the own matcher and on NSRegularExpression, for the two patterns of
# the engine benchmark's rules, release build.
# Usage: Benchmarks/regex.sh [MATCHES]   (default 2000000)
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product govlint-evalbench >/dev/null
"$(swift build -c release --show-bin-path)/govlint-evalbench" "${1:-2000000}" regex
