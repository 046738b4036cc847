#!/bin/sh
# Cost of one expression evaluation (compiled once, re-bound per item), release build.
# Usage: Benchmarks/eval.sh [EVALUATIONS]   (default 2000000)
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product govlint-evalbench >/dev/null
"$(swift build -c release --show-bin-path)/govlint-evalbench" "${1:-2000000}"
