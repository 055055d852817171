#!/usr/bin/env bash
# Builds the libFuzzer targets against the package's own modules and runs each for a bounded time.
#
#   Fuzz/fuzz.sh [SECONDS]        (make fuzz FUZZ_SECONDS=60)
#
# How: `swift build` compiles LeadreconCSV, LeadreconValues and LeadreconLink with coverage and
# ASan instrumentation (-sanitize=fuzzer,address) into .build-fuzz; each target's entry file
# (@_cdecl("LLVMFuzzerTestOneInput"), no main) is then linked by swiftc with those object files,
# which pulls in libFuzzer's main. Nothing here is part of `swift build` or `make test`.
#
# New inputs libFuzzer finds go to .build-fuzz/corpus/TARGET (git-ignored); the committed seeds in
# Fuzz/corpus/TARGET are only read. Crashes land in .build-fuzz/crashes/ and make the script fail.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-${FUZZ_SECONDS:-60}}"
SWIFT="${SWIFT:-swift}"
SWIFTC="${SWIFTC:-$(dirname "$(command -v "$SWIFT")")/swiftc}"
SCRATCH=.build-fuzz
SANITIZE=-sanitize=fuzzer,address

# Release (-O): ten times the executions per second of a debug build; -g keeps crash stacks readable.
for target in LeadreconCSV LeadreconLink; do
  "$SWIFT" build -c release --scratch-path "$SCRATCH" --target "$target" -Xswiftc "$SANITIZE" -Xswiftc -g >&2
done
BIN="$("$SWIFT" build -c release --scratch-path "$SCRATCH" --show-bin-path)"
MODULES="$BIN/Modules"
[ -d "$MODULES" ] || MODULES="$BIN"
objects() { find "$BIN/$1.build" -name '*.o' | sort; }

link() { # name entry modules...
  local name=$1 entry=$2; shift 2
  local objs=()
  for module in "$@"; do mapfile -t -O "${#objs[@]}" objs < <(objects "$module"); done
  "$SWIFTC" "$SANITIZE" -O -g -parse-as-library -swift-version 6 -module-name "$name" \
    -I "$MODULES" -I Sources/CLibCSV "$entry" "${objs[@]}" -lcsv -o "$SCRATCH/$name"
}
link FuzzCSVReader Fuzz/Targets/CSVReaderFuzz.swift LeadreconCSV
link FuzzValueParsers Fuzz/Targets/ValueParsersFuzz.swift LeadreconValues LeadreconLink

status=0
run() { # name corpus-dir dict
  local name=$1 seeds=$2 dict=$3
  local work="$SCRATCH/corpus/$seeds" crashes="$SCRATCH/crashes/$name"
  mkdir -p "$work" "$crashes"
  echo "== $name: $SECONDS_PER_TARGET s" >&2
  # -rss_limit_mb: the reader may hold one 1 MiB field; -max_len keeps inputs near real cells/rows.
  if ! "$SCRATCH/$name" "$work" "Fuzz/corpus/$seeds" -dict="$dict" -max_total_time="$SECONDS_PER_TARGET" \
      -print_final_stats=1 -rss_limit_mb=2048 -artifact_prefix="$crashes/" -max_len="$4" \
      2> "$SCRATCH/$name.log"; then
    status=1
    echo "$name FOUND A CRASH: see $SCRATCH/$name.log and $crashes/" >&2
  fi
  grep -aE '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|#[0-9]+[[:space:]]+DONE|Done [0-9]+ runs|==[0-9]+==ERROR|SUMMARY)' "$SCRATCH/$name.log" >&2 || true
}
run FuzzCSVReader csv Fuzz/csv.dict 4096
run FuzzValueParsers values Fuzz/values.dict 256
exit $status
