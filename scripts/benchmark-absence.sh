#!/usr/bin/env bash
# Benchmark of issue 12 (absence), at national scale on PostgreSQL:
#   1. a fresh database `vis_bench`, VIS started on it by ./run.sh, demo-county with 190,000 pupils —
#      their guardians, timetables, and half a school year of registers and absence (DemoAbsences);
#   2. absence-warnings over all pupils and subjects (goal <= 60 s), started as IT operations would;
#   3. sequential page timings (vis-devtools PageBenchmark): the pupil's absence page (goal p95 <= 50 ms)
#      and a class's grid (goal p95 <= 200 ms);
#   4. the 08:00 peak (Gatling, vis-devtools RegisterSimulation): teachers opening a register and saving
#      it with 1-3 pupils absent, against a trivial Faces page in the same run (goal >= 100 saves/s, p95
#      <= 300 ms, no error).
# Needs what ./test.sh prepares (PostgreSQL with the vis role). Leaves VIS running (./run.sh stop).
# REUSE=1 skips step 1 when vis_bench is already filled. PUPILS, REQUESTS, LOAD_USERS, LOAD_SECONDS,
# LOAD_WARMUP change the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
PUPILS="${PUPILS:-190000}"
REQUESTS="${REQUESTS:-300}"
source scripts/jobs.sh
psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; }

./run.sh stop
if [ "${REUSE:-0}" != 1 ]; then
  psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER vis"
fi
./run.sh

echo
echo "demo-county, $PUPILS pupils:"
DEMO="(SELECT min(e.jobexecutionid) FROM job_execution e JOIN job_instance i ON i.jobinstanceid = e.jobinstanceid WHERE i.jobname = 'demo-county')"
q "SELECT 'job ' || batchstatus || ' in ' || (endtime - starttime) FROM job_execution WHERE jobexecutionid = $DEMO"
q "SELECT '  step ' || stepname || ': ' || (endtime - starttime) FROM step_execution WHERE jobexecutionid = $DEMO ORDER BY stepexecutionid"
q "SELECT '  registers ' || (SELECT count(*) FROM lesson_register) || ', absence rows ' || (SELECT count(*) FROM absence) || ', warnings ' || (SELECT count(*) FROM absence_warning) || ', reports ' || (SELECT count(*) FROM absence_report)"

# registers of the last weeks may be saved again without a reason
q "UPDATE county SET register_deadline_hours = 2160" >/dev/null

echo
echo "absence-warnings over all pupils and subjects (goal <= 60 s):"
run_job absence-warnings
report_job "$LAST_JOB"

echo
echo "Absence pages (sequential requests over HTTP on this machine):"
NS=$(mktemp)
seq 1 $((REQUESTS + 60)) > "$NS"
CLASSES=$(mktemp)
q "SELECT id FROM school_class ORDER BY random() LIMIT $((REQUESTS + 60))" > "$CLASSES"
bench() { mvn -B -q -o -pl vis-devtools exec:java -Dexec.args="--warmup 50 --requests $REQUESTS $*"; }
bench --expect 'Fravær' --ids "$NS" --login 5e1f7a2c-0010-4c6e-9a51-0a1b2c3d4e10 "/pupil/absence.xhtml?n={id}"
# the county administrator (Frida Fylke) sees every school's classes
bench --expect 'Fravær i' --ids "$CLASSES" --login 5e1f7a2c-0005-4c6e-9a51-0a1b2c3d4e05 "/staff/class-absence.xhtml?class={id}"
rm -f "$NS" "$CLASSES"

echo
USERS="${LOAD_USERS:-40}"
echo "The 08:00 peak: $USERS teachers opening and saving registers, against a trivial page (Gatling; each ${LOAD_SECONDS:-60} s after ${LOAD_WARMUP:-30} s warm-up each):"
TEACHERS=$(mktemp --suffix=.csv)
echo "username,keys" > "$TEACHERS"
# each teacher's registers of the last three weeks (the demo took them): one teacher per virtual user
q "SELECT sm.feide_user_id || ',' || string_agg(r.occurrence_key, ';' ORDER BY r.held_on DESC) FROM lesson_register r
   JOIN staff_member sm ON 'staff:' || sm.id = r.taken_by
   WHERE r.held_on >= CURRENT_DATE - 21 AND sm.feide_user_id LIKE 'demo-teacher-%'
   GROUP BY sm.feide_user_id ORDER BY md5(sm.feide_user_id) LIMIT $USERS" >> "$TEACHERS"
LOAD_LOG=$(mktemp)
mvn -B -q -pl vis-devtools test-compile gatling:test -Dgatling.simulationClass=no.vis.devtools.load.RegisterSimulation \
  -Dbase=http://localhost:8080 -Dteachers="$TEACHERS" -Dusers="$USERS" -Dseconds="${LOAD_SECONDS:-60}" \
  -Dwarmup="${LOAD_WARMUP:-30}" > "$LOAD_LOG" 2>&1 || true
line() { grep -E "^> $1 +\|" "$LOAD_LOG" | tail -1; }
field() { echo "$1" | awk -F'|' -v n="$2" '{gsub(/[ ,]/, "", $n); print $n}'; }
TRIVIAL=$(line trivial); SAVE=$(line save); OPEN=$(line open)
if [ -z "$TRIVIAL" ] || [ -z "$SAVE" ]; then
  echo "  the load test did not finish:"; tail -40 "$LOAD_LOG"; rm -f "$LOAD_LOG" "$TEACHERS"; exit 1
fi
SECONDS_RUN="${LOAD_SECONDS:-60}"
echo "  trivial page: $(field "$TRIVIAL" 2) requests, $(( $(field "$TRIVIAL" 2) / SECONDS_RUN ))/s"
echo "  register opened: $(field "$OPEN" 2), saved: $(field "$SAVE" 2) — $(( $(field "$SAVE" 2) / SECONDS_RUN )) saves/s (goal >= 100)"
echo "  failures: trivial $(field "$TRIVIAL" 4), open $(field "$OPEN" 4), save $(field "$SAVE" 4)"
echo "  Gatling's table (response times in ms: min, p50, p75, p95, p99, max, mean):"
grep -E "^> (trivial|open|save) +\|" "$LOAD_LOG" | tail -3
grep -A30 "Global Information\|---- save\|save " "$LOAD_LOG" | grep -E "percentile|Response Time|save" | head -20 || true
rm -f "$LOAD_LOG" "$TEACHERS"
