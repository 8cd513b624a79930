#!/usr/bin/env bash
# Benchmark of freg-delta at national scale: "a night of 1 % changes" (issue 5, goal <= 10 s).
#   1. VIS on vis_bench (190,000 pupils, ~342,000 guardians; scripts/benchmark-guardians.sh fills it)
#      with the register simulators serving the same people, started by ./run.sh;
#   2. freg-import, as before the first night in production: VIS as the register (the simulators
#      start afresh), and freg-delta's position at the end of the feed; then a quiet night, and a
#      small night (0.2 %, 2000 others) as on a server that has run before (WARMUP=0 leaves it out);
#   3. the simulators' night of changes: SHARE (default 0.01) of the pupils see a change each -
#      moves of whole families, new names, shared responsibility becoming one parent's, protected
#      addresses, deaths, emigration, D-number -> fødselsnummer, personErOppdatert - plus OTHERS
#      (default 20000) events about people VIS does not know, as the national feed has;
#   4. freg-delta timed: the night's events read, the pupils they touch read again and applied;
#   5. with CHECK=1, freg-import afterwards: 0 changes means freg-delta left VIS as the register.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jobs.sh
SHARE="${SHARE:-0.01}"
OTHERS="${OTHERS:-20000}"
start_vis_on_bench
# the simulators started afresh with an empty feed: VIS's position from an earlier run means nothing to them
q "DELETE FROM register_feed_position" >/dev/null
run_job freg-import
echo "freg-import first:"
report_job "$LAST_JOB"
run_job freg-delta
echo "quiet night:"
report_job "$LAST_JOB"
if [ "${WARMUP:-1}" = 1 ]; then
  curl -sf -X POST "http://127.0.0.1:${VIS_REGISTERS_PORT:-8091}/simulator/night-of-changes?share=0.002&seed=1&others=2000" >/dev/null
  run_job freg-delta
  echo "a small night first (warm-up):"
  report_job "$LAST_JOB"
fi
night=$(curl -sf -X POST "http://127.0.0.1:${VIS_REGISTERS_PORT:-8091}/simulator/night-of-changes?share=$SHARE&seed=$RANDOM&others=$OTHERS")
echo "night of changes: $night"
run_job freg-delta
echo "freg-delta after the night ($SHARE of $VIS_DEMO_PUPILS pupils changed, $OTHERS events about others):"
report_job "$LAST_JOB"
if [ "${CHECK:-0}" = 1 ]; then
  run_job freg-import
  echo "freg-import after it (0 changes: VIS is as the register):"
  report_job "$LAST_JOB"
fi
