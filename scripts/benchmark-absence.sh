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
bench --expect 'vis-absence-grid' --ids "$CLASSES" --login 5e1f7a2c-0005-4c6e-9a51-0a1b2c3d4e05 "/staff/class-absence.xhtml?class={id}"
rm -f "$NS" "$CLASSES"

echo
USERS="${LOAD_USERS:-24}"
echo "The 08:00 peak: $USERS teachers opening and saving registers, against a trivial page (Gatling; each ${LOAD_SECONDS:-60} s after ${LOAD_WARMUP:-30} s warm-up each):"
TEACHERS=$(mktemp --suffix=.csv)
echo "username,keys" > "$TEACHERS"
# each teacher's registers of the last three weeks (the demo took them): one teacher per virtual user
q "SELECT sm.feide_user_id || ',' || string_agg(r.occurrence_key, ';' ORDER BY r.held_on DESC) FROM lesson_register r
   JOIN staff_member sm ON 'staff:' || sm.id = r.taken_by
   WHERE r.held_on >= CURRENT_DATE - 21 AND sm.feide_user_id LIKE 'demo-teacher-%'
   GROUP BY sm.feide_user_id ORDER BY md5(sm.feide_user_id) LIMIT $USERS" >> "$TEACHERS"
LOAD_LOG=$(mktemp)
mvn -B -q -pl vis-devtools test-compile gatling:test -Dgatling.simulation=no.vis.devtools.load.RegisterSimulation \
  -Dbase=http://localhost:8080 -Dteachers="$TEACHERS" -Dusers="$USERS" -Dseconds="${LOAD_SECONDS:-60}" \
  -Dwarmup="${LOAD_WARMUP:-30}" > "$LOAD_LOG" 2>&1 || true
REPORT=$(ls -td vis-devtools/target/gatling/registersimulation-* 2>/dev/null | head -1)
if [ -z "$REPORT" ] || [ ! -f "$REPORT/index.html" ]; then
  echo "  the load test did not finish:"; tail -40 "$LOAD_LOG"; rm -f "$LOAD_LOG" "$TEACHERS"; exit 1
fi
# each request's count, failures and percentiles from the statistics table of Gatling's report
python3 - "$REPORT/index.html" "${LOAD_SECONDS:-60}" <<'PY'
import re, sys
page = open(sys.argv[1]).read()
seconds = int(sys.argv[2])
rows = {}
for row in re.finditer(r'class="ellipsed-name">([^<]*)</span>(.*?)</tr>', page, re.S):
    cells = dict(re.findall(r'col-(\d+)">([^<]*)</td>', row.group(2)))
    rows[row.group(1)] = cells
def show(name, label):
    c = rows.get(name)
    if c is None:
        print(f"  {label}: no requests"); return None
    n = int(c["2"])
    print(f"  {label}: {n} in {seconds} s = {n / seconds:.1f}/s, failed {c['4']}, ms p50 {c['8']} p75 {c['9']} p95 {c['10']}"
          f" p99 {c['11']} max {c['12']}")
    return n
trivial = show("trivial", "trivial page")
show("open", "register opened")
saves = show("save", "register saved")
if trivial and saves:
    print(f"  saves per second: {saves / seconds:.1f} (goal >= 100); the trivial page's requests per second: {trivial / seconds:.1f}")
PY
echo "  Gatling's report: $REPORT/index.html"
rm -f "$LOAD_LOG" "$TEACHERS"
