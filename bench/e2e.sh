#!/usr/bin/env bash
# End-to-end benchmark: `leadrecon run` on a generated world of N marketing contacts, 0.8 N CRM
# leads and 5 N activities (bench/generate_world.py, cached in bench/data/world-N/), against the
# floor of a plain C libcsv loop over the same three files in the same run.
#
# Usage: bench/e2e.sh [--persons N] [--scale] [--seed S] [--no-build] [--keep] [--timeout SECONDS]
#   --persons N   world size (default 1000000; PERSONS= or ROWS= also work); a multiple of 2000
#   --scale       the scaling curve: 100000, 300000 and 1000000 persons, one run each (SIZES= overrides)
#   --no-build    use the existing release binary
#   --keep        keep each run's reports in bench/data/out-world-N/
# Reports wall time per stage (summary.json `timings`), total, CPU, peak RSS (/usr/bin/time -v),
# rows per second, candidate pairs, findings, the parse floor and total/floor, and the flag
# stage's share of the total (issue 4: < 10 %). Table on stdout, JSON in bench/e2e-results.json.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

ARGS="$*"
PERSONS=${PERSONS:-${ROWS:-1000000}}
SIZES=${SIZES:-}
SEED=${SEED:-20261127}
BUILD=${BUILD:-1}
KEEP=${KEEP:-0}
TIMEOUT=${TIMEOUT:-0}
SCRATCH=${SCRATCH:-.build-release}
while [[ $# -gt 0 ]]; do
    case $1 in
        --persons|--rows) PERSONS=$2; shift 2 ;;
        --scale) SIZES=${SIZES:-100000 300000 1000000}; shift ;;
        --seed) SEED=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --keep) KEEP=1; shift ;;
        --timeout) TIMEOUT=$2; shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "bench: unknown argument: $1 (try --help)" >&2; exit 2 ;;
    esac
done
SIZES=${SIZES:-$PERSONS}
for n in $SIZES; do
    [[ $n =~ ^[1-9][0-9]*$ && $(( n % 2000 )) == 0 ]] || { echo "bench: persons must be a positive multiple of 2000 (got $n)" >&2; exit 2; }
done
[[ $SEED =~ ^[0-9]+$ ]] || { echo "bench: --seed must be a non-negative integer" >&2; exit 2; }
[[ $TIMEOUT =~ ^[0-9]+$ ]] || { echo "bench: --timeout must be whole seconds" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
export BIN=$SCRATCH/release/leadrecon
FILES=(hubspot-contacts.csv salesforce-leads.csv salesforce-tasks.csv)

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- builds ---------------------------------------------------------------------------------------
cc -O2 -o bench/csv_baseline bench/csv_baseline.c -lcsv
if [[ $BUILD == 1 ]]; then
    command -v swift >/dev/null 2>&1 || { echo "bench: swift is not installed (or use --no-build)" >&2; exit 2; }
    swift build -c release --scratch-path "$SCRATCH" --product leadrecon >&2 \
        || { echo "bench: swift build -c release failed (output above)" >&2; exit 2; }
fi
[[ -x $BIN ]] || { echo "bench: $BIN was not built (drop --no-build)" >&2; exit 2; }

: > "$TMP/runs.jsonl"
for N in $SIZES; do
    # --- data (cached) ---------------------------------------------------------------------------
    DATA=bench/data/world-$N
    [[ $SEED == 20261127 ]] || DATA=$DATA-s$SEED
    if [[ ! -f $DATA/world.json ]]; then
        echo "bench: generating $DATA ($N persons, seed $SEED), kept for later runs" >&2
        rm -rf "$DATA.partial"
        python3 bench/generate_world.py "$DATA.partial" --persons "$N" --seed "$SEED"
        rm -rf "$DATA"
        mv "$DATA.partial" "$DATA"
    fi
    DATA_ABS=$(cd "$DATA" && pwd)

    # --- the pipeline: pipelines/default.yaml pointed at the world ------------------------------
    if [[ $KEEP == 1 ]]; then OUT=$ROOT/bench/data/out-world-$N; else OUT=$TMP/out-$N; fi
    sed -e "s|^\(    path: \)\.\./sample-data/\(.*\)$|\1\"$DATA_ABS/\2\"|" -e "s|^\(  dir: \).*$|\1\"$OUT\"|" \
        pipelines/default.yaml > "$TMP/pipeline-$N.yaml"
    if [[ $(grep -c "$DATA_ABS" "$TMP/pipeline-$N.yaml") != 3 ]]; then
        echo "bench: pipelines/default.yaml no longer has the three '    path: ../sample-data/…' lines this script rewrites" >&2
        exit 2
    fi

    # --- the floor: C + libcsv over the three files ----------------------------------------------
    for f in "${FILES[@]}"; do cat "$DATA/$f" > /dev/null; done   # warm the page cache
    : > "$TMP/floor-$N.tsv"
    for f in "${FILES[@]}"; do
        start=$EPOCHREALTIME
        /usr/bin/time -f '%U %S %M' -o "$TMP/ftime" bench/csv_baseline "$DATA/$f" > "$TMP/fout"
        end=$EPOCHREALTIME
        printf '%s\t%s\t%s\t%s\n' "$f" "$start $end" "$(cat "$TMP/ftime")" "$(cat "$TMP/fout")" >> "$TMP/floor-$N.tsv"
    done

    # --- leadrecon run ------------------------------------------------------------------------------
    echo "bench: leadrecon run on $DATA ($N persons)" >&2
    limit=()
    [[ $TIMEOUT -gt 0 ]] && limit=(timeout --signal=TERM --kill-after=10 "$TIMEOUT")
    START=$EPOCHREALTIME
    set +e
    /usr/bin/time -v -o "$TMP/time-$N" "${limit[@]}" "$BIN" run "$TMP/pipeline-$N.yaml" \
        > "$TMP/stdout-$N.log" 2> >(while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line" >> "$TMP/stderr-$N.log"; printf '  %s\n' "$line" >&2; done)
    STATUS=$?
    set -e
    END=$EPOCHREALTIME
    sleep 0.2   # let the stderr reader finish
    python3 bench/e2e_report.py run "$TMP" "$N" "$DATA" "$OUT" "$STATUS" "$START" "$END" "$TMP/pipeline-$N.yaml" \
        >> "$TMP/runs.jsonl"
done

python3 bench/e2e_report.py summary "$TMP/runs.jsonl" "bench/e2e.sh $ARGS" bench/e2e-results.json
