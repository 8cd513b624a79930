#!/usr/bin/env bash
# Benchmark of freg-import at national scale (see scripts/jobs.sh), and in the same run the floor
# under it (vis-devtools FregFloor: the same register pages fetched and parsed with nothing else,
# plus a bare COPY of the resulting guardian and guardianship rows): freg-import's time / floor.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jobs.sh
start_vis_on_bench
run_job freg-import
echo "freg-import ($VIS_DEMO_PUPILS pupils):"
report_job "$LAST_JOB"
job=$(q "SELECT round(extract(epoch FROM endtime - starttime)::numeric, 1) FROM job_execution WHERE jobexecutionid = $LAST_JOB")
floor_line=$(java -cp "vis-devtools/target/classes:$(cat .run/devtools.classpath)" no.vis.devtools.bench.FregFloor \
  --registers "http://127.0.0.1:${VIS_REGISTERS_PORT:-8091}")
echo "$floor_line"
floor=$(sed -n 's/.*; floor \([0-9.]*\) s$/\1/p' <<< "$floor_line")
echo "freg-import $job s / floor $floor s = $(awk -v j="$job" -v f="$floor" 'BEGIN { printf "%.2f", j / f }') (goal <= 4)"
