#!/usr/bin/env bash
# Link benchmark: leadrecon's people-dedupe pipeline on a large generated register with known truth.
#
# Usage: bench/link.sh [--rows N] [--seed S] [--data DIR] [--pipeline FILE] [--timeout SEC] [--no-build] [--keep]
#        (or ROWS=, SEED=, DATA=, PIPELINE=, TIMEOUT=, BUILD=0, KEEP=1)
#
#   --rows N      register size (default 1000000); the data is generated once by
#                 bench/generate_people.py and kept in bench/data/people-N-sS/ (git-ignored)
#   --seed S      generator seed (default 7)
#   --data DIR    use DIR/people.csv and DIR/truth.csv instead (e.g. sample-data/people)
#   --pipeline F  the pipeline to run (default pipelines/people-dedupe.yaml): one source, whose
#                 `path:` and whose `outputs.dir` are pointed at the data and a scratch directory
#   --timeout SEC stop leadrecon after SEC seconds (default: no limit); the run is reported as stopped
#   --no-build    run the existing .build-release/release/leadrecon without `swift build` first
#   --keep        keep the run's output directory (people.csv, pairs.csv, model.json, summary.json)
#                 in bench/data/out-people-N/ instead of deleting it
#
# Runs the pipeline with its source path and output directory pointed at the data,
# under /usr/bin/time, once. Reports wall time per stage (summary.json `timings`) and inside the
# link stage (from the times its progress lines reach stderr), total wall, CPU, peak RSS, candidate
# pairs, links, people, and pairwise precision / recall / F1 against truth.csv
# (bench/score_people.py). Just before, in the same run, times a plain C loop calling libcsv on
# the same file (bench/csv_baseline) and reports ingest -> clusters as a multiple of that floor,
# which a shared machine's noise moves much less than the seconds. Writes bench/link-results.json.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

ARGS="$*"
ROWS=${ROWS:-1000000}
SEED=${SEED:-7}
DATA=${DATA:-}
PIPELINE=${PIPELINE:-pipelines/people-dedupe.yaml}
TIMEOUT=${TIMEOUT:-0}
BUILD=${BUILD:-1}
KEEP=${KEEP:-0}
while [[ $# -gt 0 ]]; do
    case $1 in
        --rows) ROWS=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        --data) DATA=$2; shift 2 ;;
        --pipeline) PIPELINE=$2; shift 2 ;;
        --timeout) TIMEOUT=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "bench: unknown argument: $1 (try --help)" >&2; exit 2 ;;
    esac
done
[[ $ROWS =~ ^[1-9][0-9]*$ ]] || { echo "bench: --rows must be a positive integer" >&2; exit 2; }
[[ $SEED =~ ^[0-9]+$ ]] || { echo "bench: --seed must be a non-negative integer" >&2; exit 2; }
[[ $TIMEOUT =~ ^[0-9]+$ ]] || { echo "bench: --timeout must be whole seconds" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

[[ -f $PIPELINE ]] || { echo "bench: pipeline $PIPELINE not found" >&2; exit 2; }
BIN=.build-release/release/leadrecon

# --- data (cached) -------------------------------------------------------------------------------
if [[ -z $DATA ]]; then
    DATA=bench/data/people-$ROWS-s$SEED
    # Regenerated when the generator changed since (its output is part of what it measures).
    if [[ ! -f $DATA/people.csv || ! -f $DATA/truth.csv || bench/generate_people.py -nt $DATA/people.csv ]]; then
        echo "bench: generating $DATA ($ROWS rows, seed $SEED), kept for later runs" >&2
        rm -rf "$DATA.partial"
        python3 bench/generate_people.py "$DATA.partial" --rows "$ROWS" --seed "$SEED"
        rm -rf "$DATA"
        mv "$DATA.partial" "$DATA"
    fi
fi
for f in people.csv truth.csv; do
    [[ -f $DATA/$f ]] || { echo "bench: $DATA/$f is missing" >&2; exit 2; }
done
GENERATED=$([[ $DATA == bench/data/people-$ROWS-s$SEED ]] && echo true || echo false)
DATA_ABS=$(cd "$DATA" && pwd)
RECORDS=$(( $(wc -l < "$DATA/people.csv") - 1 ))
BYTES=$(stat -c %s "$DATA/people.csv")

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- build ----------------------------------------------------------------------------------------
if [[ $BUILD == 1 ]]; then
    command -v swift >/dev/null 2>&1 || { echo "bench: swift is not installed (or use --no-build)" >&2; exit 2; }
    swift build -c release --scratch-path .build-release --product leadrecon >&2 \
        || { echo "bench: swift build -c release failed (output above)" >&2; exit 2; }
fi
[[ -x $BIN ]] || { echo "bench: $BIN was not built (drop --no-build)" >&2; exit 2; }
# The same-run baseline: a plain C loop calling libcsv on the same file (bench/csv_baseline.c).
command -v cc >/dev/null 2>&1 || { echo "bench: a C compiler (cc) is needed for the libcsv baseline" >&2; exit 2; }
cc -O2 -o bench/csv_baseline bench/csv_baseline.c -lcsv \
    || { echo "bench: could not build bench/csv_baseline (apt-get install libcsv-dev)" >&2; exit 2; }

# --- the pipeline, pointed at the data -------------------------------------------------------------
if [[ $KEEP == 1 ]]; then
    OUT=$ROOT/bench/data/out-people-$RECORDS
else
    OUT=$TMP/out
fi
# The source's `path:` (indented 4, as under `sources: - name: …`) and `outputs.dir` (indented 2)
# are replaced by absolute paths; everything else is run as written.
if [[ $(grep -c '^    path: ' "$PIPELINE") != 1 || $(grep -c '^  dir: ' "$PIPELINE") != 1 ]]; then
    echo "bench: $PIPELINE needs exactly one source 'path:' line (indented 4) and one 'dir:' line (indented 2)" >&2
    exit 2
fi
sed -e "s|^\(    path: \).*$|\1\"$DATA_ABS/people.csv\"|" -e "s|^\(  dir: \).*$|\1\"$OUT\"|" \
    "$PIPELINE" > "$TMP/pipeline.yaml"

# --- run ------------------------------------------------------------------------------------------
cat "$DATA/people.csv" > /dev/null   # warm the page cache: measure the program, not the disk
FLOOR_START=$EPOCHREALTIME
bench/csv_baseline "$DATA/people.csv" > /dev/null
FLOOR_END=$EPOCHREALTIME
echo "bench: leadrecon run on $DATA/people.csv ($RECORDS records)" >&2
stamp() {   # prefixes every stderr line with the time it arrived, and echoes it
    local line
    while IFS= read -r line; do
        printf '%s %s\n' "$EPOCHREALTIME" "$line" >> "$TMP/stderr.log"
        printf '  %s\n' "$line" >&2
    done
}
limit=()
[[ $TIMEOUT -gt 0 ]] && limit=(timeout --signal=TERM --kill-after=10 "$TIMEOUT")
START=$EPOCHREALTIME
set +e
/usr/bin/time -f '%e %U %S %M' -o "$TMP/time" "${limit[@]}" "$BIN" run "$TMP/pipeline.yaml" \
    2>&1 > "$TMP/stdout.log" | stamp
STATUS=${PIPESTATUS[0]}
set -e
END=$EPOCHREALTIME
STOPPED=false
if [[ $TIMEOUT -gt 0 && ( $STATUS == 124 || $STATUS == 137 ) ]]; then
    STOPPED=true
    echo "bench: stopped leadrecon after ${TIMEOUT}s (--timeout)" >&2
elif [[ $STATUS -gt 1 ]]; then
    echo "bench: leadrecon exited with status $STATUS" >&2
fi

# --- score and report -----------------------------------------------------------------------------
SCORE=""
if [[ $STATUS -le 1 && -f $OUT/people.csv ]]; then
    echo "bench: scoring $OUT/people.csv against $DATA/truth.csv" >&2
    SCORE=$(/usr/bin/time -f '%e %M' -o "$TMP/score-time" python3 bench/score_people.py --json "$OUT/people.csv" "$DATA/truth.csv")
fi

python3 - "$TMP" "$OUT" "$DATA" "$RECORDS" "$BYTES" "$GENERATED" "$ROWS" "$SEED" "$STATUS" "$STOPPED" "$TIMEOUT" \
    "$START" "$END" "$SCORE" "bench/link.sh $ARGS" "$PIPELINE" bench/link-results.json "$FLOOR_START" "$FLOOR_END" <<'PY'
import hashlib, json, os, platform, sys, time

(tmp, out, data, records, nbytes, generated, rows, seed, status, stopped, timeout, start, end, score,
 harness, pipeline, results_path, floor_start, floor_end) = sys.argv[1:]
floor_s = round(float(floor_end) - float(floor_start), 2)
records, nbytes, status, start, end = int(records), int(nbytes), int(status), float(start), float(end)

wall_e = user = sys_ = rss_kb = None
try:
    fields = open(os.path.join(tmp, "time")).read().split()
    wall_e, user, sys_, rss_kb = float(fields[-4]), float(fields[-3]), float(fields[-2]), int(fields[-1])
except (OSError, ValueError, IndexError):
    pass

# Progress lines with the time they reached stderr: where the link stage's time goes.
marks = []
try:
    for line in open(os.path.join(tmp, "stderr.log"), encoding="utf-8", errors="replace"):
        t, _, text = line.rstrip("\n").partition(" ")
        marks.append((float(t), text))
except OSError:
    pass


def mark(prefix, contains=""):
    return next((t for t, text in marks if text.startswith(prefix) and contains in text), None)


t_records = mark("link:", "records from")
t_pairs = mark("link:", "candidate pairs")
t_links = mark("link:", " links, ")
t_ingested = max((t for t, text in marks if text.startswith("ingest:") and "loaded" in text), default=None)
phases = {}
if t_ingested:
    phases["until_ingested_s"] = round(t_ingested - start, 2)   # process start and ingest
if t_ingested and t_records:
    phases["normalize_s"] = round(t_records - t_ingested, 2)
if t_records and t_pairs:
    phases["blocking_s"] = round(t_pairs - t_records, 2)
if t_pairs and t_links:
    phases["train_score_cluster_s"] = round(t_links - t_pairs, 2)
last_line = marks[-1][1] if marks else ""
# A run that did not finish: how long it had been in the step after its last progress line.
since_last_line = round(end - marks[-1][0], 2) if marks and status > 1 else None

summary = {}
try:
    summary = json.load(open(os.path.join(out, "summary.json"), encoding="utf-8"))
except (OSError, ValueError):
    pass
link = summary.get("link", {})
scores = json.loads(score) if score else None
score_time = None
try:
    score_time = open(os.path.join(tmp, "score-time")).read().split()
except OSError:
    pass

cpu_model = ""
try:
    cpu_model = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
except (OSError, StopIteration):
    pass

state = "ok" if status <= 1 else ("stopped after %s s (--timeout)" % timeout if stopped == "true"
                                   else "failed: exit status %d" % status)
result = dict(
    schema_version=1, date=time.strftime("%Y-%m-%dT%H:%M:%S%z"), status=state,
    data=dict(dir=data, records=records, bytes=nbytes,
              generator="bench/generate_people.py DIR --rows %s --seed %s" % (rows, seed) if generated == "true" else None),
    harness=harness.strip(),
    command="/usr/bin/time -f '%%e %%U %%S %%M' .build-release/release/leadrecon run PIPELINE  "
            "(PIPELINE = %s with its source path and outputs.dir pointed at %s)" % (pipeline, data),
    pipeline_sha256=hashlib.sha256(open(pipeline, "rb").read()).hexdigest(),
    host=dict(cpu=cpu_model, cores=os.cpu_count(), machine=platform.machine(),
              load_average=list(os.getloadavg())),
    wall_s=round(end - start, 2), time_wall_s=wall_e, user_s=user, sys_s=sys_,
    cpu_s=round(user + sys_, 2) if user is not None else None,
    peak_rss_mb=round(rss_kb / 1024, 1) if rss_kb else None,
    stages_s={k: round(v, 2) for k, v in sorted(summary.get("timings", {}).items())},
    link_phases_s=phases,
    # The issue's measure: from process start to the clusters (the sum of the phases above), and
    # that as a multiple of the libcsv floor measured just before, which a shared host's noise
    # moves much less than either alone.
    ingest_to_clusters_s=round(sum(phases.values()), 2) if len(phases) == 4 else None,
    libcsv_floor_s=floor_s,
    ingest_to_clusters_per_floor=round(sum(phases.values()) / floor_s, 1) if len(phases) == 4 and floor_s > 0 else None,
    last_progress_line=last_line, seconds_after_last_progress_line=since_last_line,
    link={k: link.get(k) for k in ("records", "candidate_pairs", "pairs_above_threshold", "links", "people",
                                   "largest_person", "refused_links", "random_pairs_for_u", "em_iterations",
                                   "em_converged", "matched_on", "warnings") if k in link},
    blocking_rules=[{k: r.get(k) for k in ("name", "candidate_pairs", "new_pairs", "blocks", "largest_block",
                                            "skipped_blocks")} for r in link.get("rules", [])],
    scores=scores,
    scoring=dict(wall_s=float(score_time[0]), peak_rss_mb=round(int(score_time[1]) / 1024, 1)) if score_time else None,
)
with open(results_path, "w", encoding="utf-8") as f:
    json.dump(result, f, indent=2)
    f.write("\n")


def num(v, fmt="{:,}"):
    return "-" if v is None else fmt.format(v)


print("link benchmark: %s, %s records (%.1f MB), status %s" % (data, num(records), nbytes / 1e6, state))
print("  wall total      %8s s   (CPU %s s = user %s + sys %s; peak RSS %s MB)" % (
    num(result["wall_s"], "{:.1f}"), num(result["cpu_s"], "{:.1f}"), num(user, "{:.1f}"), num(sys_, "{:.1f}"),
    num(result["peak_rss_mb"], "{:,.0f}")))
for stage in ("ingest", "link", "report"):
    seconds = result["stages_s"].get(stage)
    if seconds is None and stage == "ingest" and "until_ingested_s" in phases:
        print("  %-15s %8.1f s   (from the log: process start until its ingest line)" % (stage, phases["until_ingested_s"]))
        continue
    print("  %-15s %8s s" % (stage, num(seconds, "{:.1f}")))
    if stage == "link":
        for name, key in (("normalize", "normalize_s"), ("blocking", "blocking_s"),
                          ("train+score+cluster", "train_score_cluster_s")):
            if key in phases:
                print("    %-21s %6.1f s" % (name, phases[key]))
if result["ingest_to_clusters_s"] is not None:
    print("  ingest -> clusters %5.1f s   (%.1fx the libcsv floor of %.2f s: bench/csv_baseline on the same file)" % (
        result["ingest_to_clusters_s"], result["ingest_to_clusters_per_floor"], floor_s))
if status > 1:
    print("  last progress line: %s (then %s s without another)" % (last_line, num(since_last_line, "{:.1f}")))
print("  candidate pairs %12s   links %s   people %s" % (num(link.get("candidate_pairs")), num(link.get("links")),
                                                        num(link.get("people"))))
if scores:
    print("  pairwise        precision %.4f   recall %.4f   F1 %.4f   (%s true pairs, %s predicted)" % (
        scores["precision"], scores["recall"], scores["f1"], num(scores["true_pairs"]),
        num(scores["predicted_pairs"])))
print("results in %s" % results_path)
PY
if [[ $KEEP == 1 ]]; then echo "bench: run output kept in $OUT" >&2; fi
[[ $STATUS -le 1 ]]
