#!/usr/bin/env bash
# Load-time benchmark (release build) over data written by govlint-datagen: YAML into Value trees
# against the libyaml event-loop floor (Benchmarks/yaml-floor.c), JSON against reading its bytes
# and against libyaml reading the same JSON, CSV in MB/s (typed with ISO dates, and with the date
# formats `govlint check` uses in Benchmarks/engine.sh). Times are CPU milliseconds of the
# process, best of 9 (of 27 for YAML and its floor, which run in turn), so other load on a shared
# machine does not inflate them; for CSV the median of the 9 is printed as well.
# Usage: Benchmarks/load.sh [PROCEDURES] [DOSSIERS] [LARGE_CATALOGUE]   (default 2000 100000 40000)
set -euo pipefail
cd "$(dirname "$0")/.."
procedures=${1:-2000}
dossiers=${2:-100000}
large=${3:-40000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product govlint-loadbench >&2
swift build -c release --product govlint-datagen >&2
bin=$(swift build -c release --show-bin-path)
cc -O2 -o "$work/yaml-floor" Benchmarks/yaml-floor.c $(pkg-config --cflags --libs yaml-0.1)
"$bin/govlint-datagen" --out "$work/set" --procedures "$procedures" --dossiers "$dossiers" --seed 1
"$bin/govlint-datagen" --out "$work/large" --procedures "$large" --dossiers 0 --seed 2

mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
rate() { awk -v b="$1" -v t="$2" 'BEGIN { printf "%.0f", b / 1e3 / t }'; }
least() { printf '%s\n' "$@" | sort -g | head -1; }
# Loads a file REPEATS times with govlint-loadbench (arguments after REPEATS are its own); prints
# bytes, best ms, nodes, fresh pages and median ms.
load() {
    local line repeats=$1
    shift
    line=$("$bin/govlint-loadbench" --repeat "$repeats" "$@")
    set -- $line
    [ "$6" = 0 ] || { echo "$1 loaded with $6 problems" >&2; exit 1; }
    echo "$3 $4 $5 $7 $8"
}

printf '%-28s %6s %9s %9s %7s\n' "file" "MB" "load ms" "floor ms" "ratio"
# YAML and its floor run in turn, nine loads at a time, three times, so that a slow minute on a
# shared machine falls on both; each figure is the best of the 27.
for file in set/procedures.yml large/procedures.yml set/dossiers.yml; do
    loads=() floors=()
    for _ in 1 2 3; do
        read -r bytes round_ms nodes _ < <(load 9 "$work/$file")
        read -r _ round_floor < <("$work/yaml-floor" --repeat 9 "$work/$file")
        loads+=("$round_ms") floors+=("$round_floor")
    done
    ms=$(least "${loads[@]}") floor=$(least "${floors[@]}")
    printf '%-28s %6s %9s %9s %6sx  %s nodes; floor: libyaml events only\n' \
        "$file" "$(mb "$bytes")" "$ms" "$floor" "$(ratio "$ms" "$floor")" "$nodes"
done
for file in set/procedures.json large/procedures.json; do
    read -r bytes ms nodes _ < <(load 9 "$work/$file")
    read -r _ read_ms _ < <(load 9 --read-only "$work/$file")
    read -r _ libyaml_ms _ < <(load 9 --as yaml "$work/$file")
    printf '%-28s %6s %9s %9s %6sx  %s nodes; floor: reading the bytes; via libyaml: %s ms\n' \
        "$file" "$(mb "$bytes")" "$ms" "$read_ms" "$(ratio "$ms" "$read_ms")" "$nodes" "$libyaml_ms"
done
read -r _ read_ms _ < <(load 9 --read-only "$work/set/dossiers.csv")
# Once with the default ISO dates, once with the formats `govlint check` uses in Benchmarks/engine.sh
# (`28/09/2020 14:52` then becomes a date-time keeping its text).
# The fresh pages are the memory pages the timed load touched for the first time (page faults):
# where the allocator kept the previous load's freed memory, the load reuses it and faults less.
for formats in "" "yyyy-MM-dd,dd/MM/yyyy"; do
    read -r bytes ms nodes faults median < <(load 9 ${formats:+--date-formats "$formats"} "$work/set/dossiers.csv")
    printf '%-28s %6s %9s %9s %6sx  %s nodes; floor: reading the bytes; %s MB/s (median %s ms, %s MB/s); dates: %s; %s fresh pages\n' \
        "set/dossiers.csv" "$(mb "$bytes")" "$ms" "$read_ms" "$(ratio "$ms" "$read_ms")" "$nodes" "$(rate "$bytes" "$ms")" \
        "$median" "$(rate "$bytes" "$median")" "${formats:-yyyy-MM-dd}" "$faults"
done
