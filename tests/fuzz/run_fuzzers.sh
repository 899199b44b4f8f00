#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time on a corpus seeded from
# samples/ and tests/fixtures/bad (built at run time), and prints its figures.
# Usage: run_fuzzers.sh BUILD_DIR SECONDS TARGET...   (make fuzz FUZZ_SECONDS=600)
# A finding stops that target: the input is saved as BUILD_DIR/fuzz/artifacts/
# TARGET-crash-*; reproduce with BUILD_DIR/fuzz/TARGET FILE. Exit 1 if any target
# found something.
set -uo pipefail
build=$1 seconds=$2
shift 2
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
seeds="$build/fuzz/seeds.$$"  # per run: several runs may go in parallel
trap 'rm -rf "$seeds"' EXIT
/usr/bin/python3 "$here/make_seeds.py" "$source_dir" "$seeds"
mkdir -p "$build/fuzz/artifacts"
status=0
for target in "$@"; do
  corpus="$build/fuzz/corpus/$target"  # grows from run to run
  mkdir -p "$corpus"
  case $target in
    fuzz_html) dict="$here/html.dict" ;;
    fuzz_jsonl) dict="$here/jsonl.dict" ;;
    *) dict="$here/text.dict" ;;
  esac
  log="$build/fuzz/$target.log"
  echo "fuzz: $target for ${seconds}s (log: $log)"
  # -timeout: one input taking over 25 s is a finding (a hang); -rss_limit_mb
  # bounds memory; -max_len keeps inputs article-sized.
  "$build/fuzz/$target" "$corpus" "$seeds/$target" -dict="$dict" -max_total_time="$seconds" -max_len=16384 \
      -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/fuzz/artifacts/$target-" \
      >"$log" 2>&1
  rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  units=$(ls "$corpus" | wc -l)
  if [ $rc -eq 0 ]; then
    echo "fuzz: $target: ${runs:-?} executions, coverage ${cov:-?} edges (${ft:-?} features), corpus $units inputs: no finding"
  else
    echo "fuzz: $target: FINDING after ${runs:-?} executions (exit $rc); see $log and $build/fuzz/artifacts/"
    grep -m3 -E 'ERROR|invariant|SUMMARY' "$log"
    status=1
  fi
done
exit $status
