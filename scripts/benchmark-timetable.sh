#!/usr/bin/env bash
# Benchmark of issue 11 (the school year), at national scale on PostgreSQL:
#   1. a fresh database `vis_bench`, VIS started on it by ./run.sh, demo-county with 190,000 pupils:
#      their guardians, and every school's teachers, rooms, teaching groups and weekly timetable;
#   2. sequential page timings (vis-devtools PageBenchmark: warm-up, then N GETs to the last byte):
#      the pupil's week and the guardian's week (goal p95 <= 50 ms), the teacher's week and the
#      office's timetable by class (goal p95 <= 100 ms), each over several weeks of the year.
# Needs what ./test.sh prepares (PostgreSQL with the vis role). Leaves VIS running (./run.sh stop).
# REUSE=1 skips step 1 when vis_bench is already filled.
set -euo pipefail
cd "$(dirname "$0")/.."
PUPILS="${PUPILS:-190000}"
REQUESTS="${REQUESTS:-300}"
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
DEMO="(SELECT min(e.jobexecutionid) FROM job_execution e JOIN job_instance i ON i.jobinstanceid = e.jobinstanceid WHERE i.jobname = 'demo-county')"
q "SELECT 'job ' || batchstatus || ' in ' || (endtime - starttime) FROM job_execution WHERE jobexecutionid = $DEMO"
q "SELECT '  step ' || stepname || ': ' || (endtime - starttime) || ', read ' || readcount || ', written ' || writecount FROM step_execution WHERE jobexecutionid = $DEMO ORDER BY stepexecutionid"
q "SELECT '  teachers ' || (SELECT count(DISTINCT staff_member_id) FROM group_teacher) || ', rooms ' || (SELECT count(*) FROM room) || ', teaching groups ' || (SELECT count(*) FROM teaching_group) || ', memberships ' || (SELECT count(*) FROM group_member) || ', weekly lessons ' || (SELECT count(*) FROM lesson) || ', changes ' || (SELECT count(*) FROM lesson_change)"

# a different date each request (the PageBenchmark asks no URL twice): days of the school year in turn
WEEKS=$(mktemp)
FIRST=$(q "SELECT first_day FROM school_year ORDER BY start_year DESC LIMIT 1")
for i in $(seq 0 $((REQUESTS + 60))); do date -d "$FIRST + $i days" +%F; done > "$WEEKS"
CLASSES=$(mktemp)
q "SELECT id FROM school_class ORDER BY random() LIMIT $((REQUESTS + 60))" > "$CLASSES"
bench() { mvn -B -q -o -pl vis-devtools exec:java -Dexec.args="--warmup 50 --requests $REQUESTS $*"; }
echo
echo "Week pages (sequential requests over HTTP on this machine):"
bench --expect 'Uke' --ids "$WEEKS" --login 5e1f7a2c-0010-4c6e-9a51-0a1b2c3d4e10 "/pupil/index.xhtml?date={id}"
bench --expect 'Uke' --ids "$WEEKS" --login idporten-gunnar "/guardian/index.xhtml?date={id}"
bench --expect 'Uke' --ids "$WEEKS" --login 5e1f7a2c-0002-4c6e-9a51-0a1b2c3d4e02 "/staff/week.xhtml?date={id}"
# the county administrator (Frida Fylke) sees every school's classes
bench --expect 'Uke' --ids "$CLASSES" --login 5e1f7a2c-0005-4c6e-9a51-0a1b2c3d4e05 "/staff/timetable.xhtml?show=class:{id}"
rm -f "$WEEKS" "$CLASSES"
