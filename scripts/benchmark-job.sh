#!/usr/bin/env bash
# Runs a VIS batch job at national scale and prints its time, metrics, result and skipped records:
#   scripts/benchmark-job.sh JOB [RUNS]
# VIS on the database vis_bench filled by scripts/benchmark-guardians.sh (190,000 pupils, ~342,000
# guardians), the register simulators serving the same people (both started by run.sh), the job
# started RUNS times (default 1) with WildFly's CLI as IT operations would. Leaves VIS running.
set -euo pipefail
cd "$(dirname "$0")/.."
JOB="$1"
RUNS="${2:-1}"
DB=vis_bench
export VIS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" VIS_DB_USER=vis VIS_DB_PASSWORD=vis VIS_DEMO_PUPILS="${PUPILS:-190000}"
./run.sh stop
./run.sh >/dev/null
SERVER=wildfly-config/target/server
q() { PGPASSWORD=vis psql -h 127.0.0.1 -U vis -d "$DB" -At -c "$1"; }
for run in $(seq 1 "$RUNS"); do
  id=$("$SERVER/bin/jboss-cli.sh" -c --output-json \
    --command="/deployment=vis.ear/subdeployment=vis-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=$JOB)" \
    | sed -n 's/.*"result" *: *\([0-9]*\).*/\1/p')
  while case "$(q "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $id")" in STARTING|STARTED) true;; *) false;; esac; do
    sleep 0.5
  done
  echo "$JOB, run $run ($VIS_DEMO_PUPILS pupils):"
  q "SELECT '  ' || batchstatus || ' in ' || (endtime - starttime) || ' — ' || exitstatus FROM job_execution WHERE jobexecutionid = $id"
  q "SELECT '  step ' || stepname || ': read ' || readcount || ', filtered ' || filtercount || ', written ' || writecount || ', commits ' || commitcount FROM step_execution WHERE jobexecutionid = $id"
  q "SELECT '  skipped: ' || reason || ' × ' || count(*) FROM job_skipped_record WHERE job_execution_id = $id GROUP BY reason"
done
