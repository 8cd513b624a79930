#!/usr/bin/env bash
# Benchmark of issue 11 (the school year), at national scale on PostgreSQL:
#   1. a fresh database `vis_bench`, VIS started on it by ./run.sh, demo-county with 190,000 pupils:
#      their guardians, and every school's teachers, rooms, teaching groups and weekly timetable;
#   2. sequential page timings (vis-devtools PageBenchmark: warm-up, then N GETs to the last byte):
#      the pupil's week and the guardian's week (goal p95 <= 50 ms), the teacher's week and the
#      office's timetable by class (goal p95 <= 100 ms), each over several weeks of the year.
#   3. the guardian's week under 10 concurrent users against a trivial Faces page (Gatling), same run.
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

# 3. the guardian's week under 10 concurrent users against a trivial Faces page, in the same run
#    (vis-devtools WeekPageSimulation; both warmed up first: on 2 cores the JIT needs a minute or two)
echo
echo "Guardian's week under 10 concurrent users (Gatling; each page ${LOAD_SECONDS:-30} s after ${LOAD_WARMUP:-60} s warm-up each):"
LOAD_LOG=$(mktemp)
mvn -B -q -pl vis-devtools test-compile gatling:test -Dbase=http://localhost:8080 -Duser=idporten-gunnar \
  -Dpage=/guardian/index.xhtml -Dexpect=Uke -Dseconds="${LOAD_SECONDS:-30}" -Dwarmup="${LOAD_WARMUP:-60}" > "$LOAD_LOG" 2>&1 || true
count() { grep -E "^> $1 +\|" "$LOAD_LOG" | tail -1 | awk -F'|' '{gsub(/[ ,]/, "", $2); print $2}'; }
TRIVIAL=$(count trivial); PAGE=$(count page)
if [ -z "$TRIVIAL" ] || [ -z "$PAGE" ]; then
  echo "  the load test did not finish:"; tail -30 "$LOAD_LOG"; rm -f "$LOAD_LOG"; exit 1
fi
echo "  trivial page: $TRIVIAL requests, guardian's week: $PAGE requests (failures: $(grep -E '^> (trivial|page) +\|' "$LOAD_LOG" | tail -2 | awk -F'|' '{gsub(/[ ,]/, "", $4); s += $4} END {print s}'))"
echo "  the week's throughput is $(( 100 * PAGE / TRIVIAL )) % of the trivial page's (goal >= 50 %)"
rm -f "$LOAD_LOG"
