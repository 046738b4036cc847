#!/usr/bin/env bash
# JSONPath evaluation time per record over generated registers of 25k, 50k and 100k dossiers
# (release build). Linear evaluation shows as a flat ns/record column.
# Usage: Benchmarks/jsonpath.sh [RECORDS...]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product jsonpath-benchmark >&2
"$(swift build -c release --show-bin-path)/jsonpath-benchmark" "$@"
