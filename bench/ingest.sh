#!/usr/bin/env bash
# Ingest benchmark: how close leadrecon's CSV reader comes to plain C calling libcsv.
#
#   (a) bench/csv_baseline FILE                                  C + libcsv, callbacks only count
#   (b) leadrecon bench-ingest --stage rows FILE                 leadrecon reader: rows out
#   (c) leadrecon bench-ingest --stage records FILE              ... plus mapping/typing to records
#
# Usage: bench/ingest.sh [--data FILE] [--runs N] [--variants "a b c"]    (or DATA=, RUNS=, VARIANTS=)
# DATA defaults to bench/data/leads-1g.csv and is generated (and kept) when missing; a name like
# leads-64m.csv makes a 64 MiB file (MB= overrides the size). Each variant runs RUNS times under
# /usr/bin/time; the run with the median wall time is reported. Writes bench/results.json.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

DATA=${DATA:-bench/data/leads-1g.csv}
RUNS=${RUNS:-3}
VARIANTS=${VARIANTS:-a b c}
while [[ $# -gt 0 ]]; do
    case $1 in
        --data) DATA=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --variants) VARIANTS=$2; shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "bench: unknown argument: $1 (try --help)" >&2; exit 2 ;;
    esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "bench: RUNS must be a positive integer" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

# --- data (cached) -------------------------------------------------------------------------------
if [[ ! -f $DATA ]]; then
    mb=${MB:-}
    if [[ -z $mb ]]; then
        name=$(basename "$DATA")
        if [[ $name =~ -([0-9]+)g\.csv$ ]]; then mb=$(( BASH_REMATCH[1] * 1024 ))
        elif [[ $name =~ -([0-9]+)m\.csv$ ]]; then mb=${BASH_REMATCH[1]}
        else mb=1024; fi
    fi
    echo "bench: generating $DATA ($mb MiB), kept for later runs" >&2
    python3 bench/generate_leads.py "$DATA" --mb "$mb"
fi
BYTES=$(stat -c %s "$DATA")

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
: > "$TMP/runs.tsv"
: > "$TMP/skipped.tsv"

# --- builds ---------------------------------------------------------------------------------------
cc -O2 -o bench/csv_baseline bench/csv_baseline.c -lcsv

BIN=.build-release/release/leadrecon
want_leadrecon=false
for v in $VARIANTS; do [[ $v == b || $v == c ]] && want_leadrecon=true; done
leadrecon_ok=false
skip_reason=""
if $want_leadrecon; then
    if ! command -v swift >/dev/null 2>&1; then
        skip_reason="swift is not installed"
    elif ! swift build -c release --scratch-path .build-release --product leadrecon >&2; then
        skip_reason="swift build -c release failed (output above)"
    elif [[ ! -x $BIN ]]; then
        skip_reason="$BIN was not built"
    elif ! "$BIN" bench-ingest --help >/dev/null 2>&1; then
        skip_reason="$BIN has no 'bench-ingest' subcommand yet"
    else
        leadrecon_ok=true
    fi
    if ! $leadrecon_ok; then
        echo "bench: skipping (b) and (c): $skip_reason; reporting (a) only" >&2
    fi
fi

# --- runs -----------------------------------------------------------------------------------------
cat "$DATA" > /dev/null   # warm the page cache so that every variant reads from memory

run_variant() {   # run_variant KEY COMMAND...
    local key=$1; shift
    local i start end
    for (( i = 1; i <= RUNS; i++ )); do
        start=$EPOCHREALTIME
        if ! /usr/bin/time -f '%e %U %S %M' -o "$TMP/time" "$@" > "$TMP/out" 2> "$TMP/err"; then
            end=$EPOCHREALTIME
            echo "bench: variant ($key) failed: $*" >&2
            sed 's/^/  /' "$TMP/err" >&2
            printf '%s\tfailed: exit status (see stderr)\n' "$key" >> "$TMP/skipped.tsv"
            return 0
        fi
        end=$EPOCHREALTIME
        read -r _ user sys rss < "$TMP/time"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$key" "$i" "$start" "$end" "$user $sys" "$rss" \
            "$(tail -n 1 "$TMP/out")" >> "$TMP/runs.tsv"
        echo "bench: ($key) run $i/$RUNS done" >&2
    done
}

for v in $VARIANTS; do
    case $v in
        a) run_variant a bench/csv_baseline "$DATA" ;;
        b|c)
            if $leadrecon_ok; then
                stage=$([[ $v == b ]] && echo rows || echo records)
                run_variant "$v" "$BIN" bench-ingest --stage "$stage" "$DATA"
            else
                printf '%s\tskipped: %s\n' "$v" "$skip_reason" >> "$TMP/skipped.tsv"
            fi ;;
        *) echo "bench: unknown variant '$v' (use a, b, c)" >&2; exit 2 ;;
    esac
done

# --- report ---------------------------------------------------------------------------------------
python3 - "$TMP/runs.tsv" "$TMP/skipped.tsv" "$DATA" "$BYTES" "$RUNS" bench/results.json <<'PY'
import json, os, platform, sys, time

runs_path, skipped_path, data, nbytes, nruns, out_path = sys.argv[1:]
nbytes, nruns = int(nbytes), int(nruns)
LABEL = {"a": "(a) C libcsv baseline", "b": "(b) leadrecon rows", "c": "(c) leadrecon records"}
COMMAND = {"a": "bench/csv_baseline FILE",
           "b": ".build-release/release/leadrecon bench-ingest --stage rows FILE",
           "c": ".build-release/release/leadrecon bench-ingest --stage records FILE"}

runs = {}
for line in open(runs_path, encoding="utf-8"):
    key, i, start, end, cpu, rss, output = line.rstrip("\n").split("\t")
    user, sys_ = (float(x) for x in cpu.split())
    try:
        parsed = json.loads(output)
    except ValueError:
        parsed = None
    runs.setdefault(key, []).append(dict(run=int(i), wall_s=round(float(end) - float(start), 4), user_s=user,
                                         sys_s=sys_, peak_rss_kb=int(rss), output=parsed))
skipped = dict(l.rstrip("\n").split("\t", 1) for l in open(skipped_path, encoding="utf-8") if l.strip())

mb = nbytes / 1e6
variants = []
for key in ("a", "b", "c"):
    if key in runs and key not in skipped:
        rs = runs[key]
        med = sorted(rs, key=lambda r: r["wall_s"])[len(rs) // 2]
        cpu = med["user_s"] + med["sys_s"]
        v = dict(key=key, label=LABEL[key], command=COMMAND[key], status="ok", runs=rs,
                 median=dict(wall_s=med["wall_s"], user_s=med["user_s"], sys_s=med["sys_s"], cpu_s=round(cpu, 2),
                             peak_rss_kb=med["peak_rss_kb"],
                             mb_per_s_wall=round(mb / med["wall_s"], 1),
                             mb_per_s_cpu=round(mb / cpu, 1) if cpu > 0 else None),
                 output=med["output"])
        out = med["output"] or {}
        if out.get("bytes") not in (None, nbytes):
            print("bench: warning: (%s) reports %s bytes, the file has %d" % (key, out.get("bytes"), nbytes),
                  file=sys.stderr)
        variants.append(v)
    elif key in skipped:
        variants.append(dict(key=key, label=LABEL[key], command=COMMAND[key], status=skipped[key]))

base = next((v for v in variants if v["key"] == "a" and v["status"] == "ok"), None)
if base and base.get("output"):
    records = base["output"]["rows"]          # libcsv's count includes the header record
    for v in variants:
        out = v.get("output") or {}
        if v["key"] != "a" and v["status"] == "ok" and "rows" in out:
            seen = out["rows"] + out.get("rejected", 0)
            if seen not in (records, records - 1):
                print("bench: warning: (%s) reports rows + rejected = %d, libcsv saw %d records (header "
                      "included)" % (v["key"], seen, records), file=sys.stderr)
for v in variants:
    if v["status"] == "ok" and base:
        m, b = v["median"], base["median"]
        v["cost_vs_a_wall"] = round(m["wall_s"] / b["wall_s"], 2)
        v["cost_vs_a_cpu"] = round(m["cpu_s"] / b["cpu_s"], 2) if b["cpu_s"] > 0 else None

cpu_model = ""
try:
    cpu_model = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
except (OSError, StopIteration):
    pass
result = dict(schema_version=1, date=time.strftime("%Y-%m-%dT%H:%M:%S%z"), file=data, bytes=nbytes,
              mb=round(mb, 1), runs_per_variant=nruns,
              host=dict(cpu=cpu_model, cores=os.cpu_count(), machine=platform.machine()),
              variants=variants)
with open(out_path, "w", encoding="utf-8") as f:
    json.dump(result, f, indent=2)
    f.write("\n")

print("file %s: %.1f MB (%d bytes), median of %d run(s), MB = 10^6 bytes" % (data, mb, nbytes, nruns))
print("%-24s %10s %10s %12s %10s %10s" % ("variant", "MB/s wall", "MB/s CPU", "peak RSS MB", "x(a) wall",
                                          "x(a) CPU"))
for v in variants:
    if v["status"] != "ok":
        print("%-24s %s" % (v["label"], v["status"]))
        continue
    m = v["median"]
    print("%-24s %10.1f %10s %12.1f %10s %10s" % (
        v["label"], m["mb_per_s_wall"], "%.1f" % m["mb_per_s_cpu"] if m["mb_per_s_cpu"] else "-",
        m["peak_rss_kb"] / 1024, "%.2f" % v["cost_vs_a_wall"] if "cost_vs_a_wall" in v else "-",
        "%.2f" % v["cost_vs_a_cpu"] if v.get("cost_vs_a_cpu") else "-"))
print("x(a): time relative to (a), 1.00 = as fast as C + libcsv, 2.00 = twice the time; results in %s" % out_path)
PY
