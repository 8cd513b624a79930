#!/usr/bin/env bash
# Runs a VIS batch job at national scale and prints its time, metrics, result and skipped records:
#   scripts/benchmark-job.sh JOB [RUNS]
# VIS on the database vis_bench filled by scripts/benchmark-guardians.sh (190,000 pupils, ~342,000
# guardians), the register simulators serving the same people (both started by run.sh), the job
# started RUNS times (default 1) with WildFly's CLI as IT operations would. Leaves VIS running.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jobs.sh
JOB="$1"
RUNS="${2:-1}"
start_vis_on_bench
for run in $(seq 1 "$RUNS"); do
  run_job "$JOB"
  echo "$JOB, run $run ($VIS_DEMO_PUPILS pupils):"
  report_job "$LAST_JOB"
done
