#!/usr/bin/env bash
# Benchmark of guardian-age-removal (issue 5) over all pupils at national scale: VIS on the
# database vis_bench filled by scripts/benchmark-guardians.sh (190,000 pupils, ~342,000 guardians),
# the job started with WildFly's CLI as IT operations would, twice: the first run ends what the
# demo data leaves (pupils of 18 with only the pupil's consent), the second is a quiet night.
# Times and metrics are read from the job repository. Leaves VIS running (./run.sh stop).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=vis_bench
export VIS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" VIS_DB_USER=vis VIS_DB_PASSWORD=vis VIS_DEMO_PUPILS="${PUPILS:-190000}"
./run.sh stop
./run.sh >/dev/null
SERVER=wildfly-config/target/server
q() { PGPASSWORD=vis psql -h 127.0.0.1 -U vis -d "$DB" -At -c "$1"; }
for run in 1 2; do
  id=$("$SERVER/bin/jboss-cli.sh" -c --output-json \
    --command="/deployment=vis.ear/subdeployment=vis-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=guardian-age-removal)" \
    | sed -n 's/.*"result" *: *\([0-9]*\).*/\1/p')
  while [ "$(q "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $id")" = STARTED ] \
     || [ "$(q "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $id")" = STARTING ]; do sleep 0.5; done
  echo "guardian-age-removal run $run:"
  q "SELECT '  ' || batchstatus || ' in ' || (endtime - starttime) FROM job_execution WHERE jobexecutionid = $id"
  q "SELECT '  step ' || stepname || ': read ' || readcount || ', filtered ' || filtercount || ', written ' || writecount || ', commits ' || commitcount || ' — ' || exitstatus FROM step_execution WHERE jobexecutionid = $id"
done
q "SELECT '  pupils ' || (SELECT count(*) FROM student) || ', guardians ' || (SELECT count(*) FROM guardian) || ', active guardianships ' || (SELECT count(*) FROM guardianship WHERE active_to IS NULL)"
