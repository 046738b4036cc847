#!/usr/bin/env bash
# Load-time benchmark (release build): YAML into Value trees against the libyaml event-loop floor
# (Benchmarks/yaml-floor.c), JSON against reading its bytes (and against libyaml reading the same
# JSON), CSV in MB/s. Usage: Benchmarks/load.sh [PROCEDURES] [DOSSIERS]   (default 2000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
procedures=${1:-2000}
dossiers=${2:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product govlint-loadbench >&2
bin=$(swift build -c release --show-bin-path)
cc -O2 -o "$work/yaml-floor" Benchmarks/yaml-floor.c $(pkg-config --cflags --libs yaml-0.1)
python3 Benchmarks/generate-load-data.py "$work" "$procedures" "$dossiers"

mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
load() { "$bin/govlint-loadbench" "$@" | awk '{ print $3, $4, $5, $6 }'; }

printf '%-26s %8s %10s %10s %8s\n' "file" "MB" "load ms" "floor ms" "ratio"
for file in procedures.yaml dossiers.yaml; do
    read -r bytes ms nodes problems < <(load "$work/$file")
    read -r events floor < <("$work/yaml-floor" "$work/$file")
    [ "$problems" = 0 ] || { echo "$file loaded with $problems problems" >&2; exit 1; }
    printf '%-26s %8s %10s %10s %7.2fx   (%s nodes, %s libyaml events)\n' "$file" "$(mb "$bytes")" "$ms" "$floor" \
        "$(awk -v a="$ms" -v b="$floor" 'BEGIN { print a / b }')" "$nodes" "$events"
done
for file in procedures.json dossiers.json; do
    read -r bytes ms nodes problems < <(load "$work/$file")
    read -r _ read_ms _ _ < <(load --read-only "$work/$file")
    read -r _ via_libyaml _ _ < <(load --as yaml "$work/$file")
    printf '%-26s %8s %10s %10s %7.2fx   (read bytes as floor; the same file through libyaml: %s ms)\n' "$file" \
        "$(mb "$bytes")" "$ms" "$read_ms" "$(awk -v a="$ms" -v b="$read_ms" 'BEGIN { print a / b }')" "$via_libyaml"
done
read -r bytes ms nodes problems < <(load "$work/dossiers.csv")
read -r _ read_ms _ _ < <(load --read-only "$work/dossiers.csv")
printf '%-26s %8s %10s %10s %7.2fx   (%s MB/s)\n' "dossiers.csv" "$(mb "$bytes")" "$ms" "$read_ms" \
    "$(awk -v a="$ms" -v b="$read_ms" 'BEGIN { print a / b }')" "$(awk -v b="$bytes" -v t="$ms" 'BEGIN { printf "%.0f", b / 1e3 / t }')"
