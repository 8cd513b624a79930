# Shell functions for the job benchmarks (sourced): VIS on the benchmark database, jobs started
# with WildFly's CLI as IT operations would, and their time, metrics, result and skipped records.
DB=vis_bench
export VIS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" VIS_DB_USER=vis VIS_DB_PASSWORD=vis VIS_DEMO_PUPILS="${PUPILS:-190000}"
SERVER=wildfly-config/target/server

q() { PGPASSWORD=vis psql -h 127.0.0.1 -U vis -d "$DB" -At -c "$1"; }

# VIS (re)started on vis_bench with the register simulators serving the same people.
start_vis_on_bench() {
  if [ "$(q "SELECT count(*) FROM student" 2>/dev/null || echo 0)" -lt 1000 ]; then
    echo "vis_bench is empty: fill it with scripts/benchmark-guardians.sh first" >&2
    exit 1
  fi
  ./run.sh stop
  ./run.sh >/dev/null
}

# run_job JOB: starts the job, waits for it to end; its execution id in LAST_JOB.
run_job() {
  LAST_JOB=$("$SERVER/bin/jboss-cli.sh" -c --output-json \
    --command="/deployment=vis.ear/subdeployment=vis-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=$1)" \
    | sed -n 's/.*"result" *: *\([0-9]*\).*/\1/p')
  while case "$(q "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $LAST_JOB")" in STARTING|STARTED) true;; *) false;; esac; do
    sleep 0.5
  done
}

# report_job ID: status and time, each step's metrics, skipped records by reason.
report_job() {
  q "SELECT '  ' || batchstatus || ' in ' || (endtime - starttime) || ' - ' || exitstatus FROM job_execution WHERE jobexecutionid = $1"
  q "SELECT '  step ' || stepname || ': read ' || readcount || ', filtered ' || filtercount || ', written ' || writecount || ', commits ' || commitcount FROM step_execution WHERE jobexecutionid = $1 ORDER BY stepexecutionid"
  q "SELECT '  skipped: ' || reason || ' x ' || count(*) FROM job_skipped_record WHERE job_execution_id = $1 GROUP BY reason"
}
