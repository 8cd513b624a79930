#!/usr/bin/env bash
# Benchmark of issue 2, at national scale on PostgreSQL:
#   1. a fresh database `vis_bench`, VIS started on it by ./run.sh, demo-county with 190,000 pupils
#      (the job's own start and end times are read from the job repository);
#   2. the staff pupil list: first page and filtered pages, 50 warm-up + 300 measured requests each.
# Needs what ./test.sh prepares (PostgreSQL with the vis role). Leaves VIS running (./run.sh stop).
set -euo pipefail
cd "$(dirname "$0")/.."
PUPILS="${PUPILS:-190000}"
DB=vis_bench
psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; }

./run.sh stop
psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER vis"
export VIS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" VIS_DB_USER=vis VIS_DB_PASSWORD=vis VIS_DEMO_PUPILS="$PUPILS"
./run.sh

q() { PGPASSWORD=vis psql -h 127.0.0.1 -U vis -d "$DB" -At -c "$1"; }
echo
echo "demo-county, $PUPILS pupils:"
q "SELECT 'job ' || batchstatus || ' in ' || (endtime - starttime) FROM job_execution ORDER BY jobexecutionid LIMIT 1"
q "SELECT '  step ' || stepname || ': ' || (endtime - starttime) || ', read ' || readcount || ', written ' || writecount || ', commits ' || commitcount FROM step_execution ORDER BY stepexecutionid"
q "SELECT '  pupils in the database: ' || count(*) FROM student"

SCHOOL=$(q "SELECT id FROM school ORDER BY name, id LIMIT 1")
echo
echo "Staff pupil list (sequential requests over HTTP on this machine):"
# logged in as the demo county administrator (Frida Fylke), who sees every school
mvn -B -q -pl vis-devtools exec:java -Dexec.args="--warmup 50 --requests 300 --expect elever \
  --login 5e1f7a2c-0005-4c6e-9a51-0a1b2c3d4e05 \
  /staff/pupils.xhtml /staff/pupils.xhtml?q=nora%20hansen /staff/pupils.xhtml?q=ha \
  /staff/pupils.xhtml?school=$SCHOOL&class=2 /staff/pupils.xhtml?q=berg&school=$SCHOOL"
