#!/usr/bin/env bash
# Benchmark of issue 4, at national scale on PostgreSQL:
#   1. a fresh database `vis_bench`, VIS started on it by ./run.sh, demo-county with 190,000 pupils
#      and their guardians as Folkeregisteret would give them (~1.8 per pupil);
#   2. the staff pupil card (personalia, guardians with basis and status, consents; every read
#      logged) for 2,000 different pupils: 100 warm-up + 1,000 measured, each request another pupil,
#      as the county administrator; the guardian start page as the demo guardian.
# Needs what ./test.sh prepares (PostgreSQL with the vis role). Leaves VIS running (./run.sh stop).
# REUSE=1 skips step 1 when vis_bench is already filled.
set -euo pipefail
cd "$(dirname "$0")/.."
PUPILS="${PUPILS:-190000}"
DB=vis_bench
psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; }
export VIS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" VIS_DB_USER=vis VIS_DB_PASSWORD=vis VIS_DEMO_PUPILS="$PUPILS"

./run.sh stop
if [ "${REUSE:-0}" != 1 ]; then
  psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER vis"
fi
./run.sh

q() { PGPASSWORD=vis psql -h 127.0.0.1 -U vis -d "$DB" -At -c "$1"; }
echo
echo "demo-county, $PUPILS pupils:"
q "SELECT 'job ' || batchstatus || ' in ' || (endtime - starttime) FROM job_execution ORDER BY jobexecutionid LIMIT 1"
q "SELECT '  step ' || stepname || ': ' || (endtime - starttime) || ', read ' || readcount || ', written ' || writecount FROM step_execution WHERE jobexecutionid = (SELECT min(jobexecutionid) FROM job_execution) ORDER BY stepexecutionid"
q "SELECT '  pupils ' || (SELECT count(*) FROM student) || ', guardians ' || (SELECT count(*) FROM guardian) || ', guardianships ' || (SELECT count(*) FROM guardianship) || ' (active ' || (SELECT count(*) FROM guardianship WHERE active_to IS NULL) || '), consents ' || (SELECT count(*) FROM consent) || ', access log lines ' || (SELECT count(*) FROM access_log)"

IDS=$(mktemp)
q "SELECT id FROM student ORDER BY random() LIMIT 2000" > "$IDS"
echo
echo "Pupil card and guardian start page (sequential requests over HTTP on this machine):"
# the county administrator (Frida Fylke) may open every pupil's card
mvn -B -q -pl vis-devtools exec:java -Dexec.args="--warmup 100 --requests 1000 --expect Foresatte --ids $IDS \
  --login 5e1f7a2c-0005-4c6e-9a51-0a1b2c3d4e05 /staff/pupil.xhtml?id={id}"
# the demo guardian (Gunnar Foresatt): his children through the guardian access policy
mvn -B -q -pl vis-devtools exec:java -Dexec.args="--warmup 50 --requests 300 --expect barn \
  --login idporten-gunnar /guardian/index.xhtml"
rm -f "$IDS"
