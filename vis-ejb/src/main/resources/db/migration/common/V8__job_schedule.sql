-- VIS schema, version 8: when IT operations want each job to run (a calendar like cron's:
-- hour, minute, day of week). The timers themselves are persistent EJB timers in the database, so
-- that in a cluster each firing runs on one node only. (HOUR and MINUTE are reserved words in H2.)
CREATE TABLE job_schedule (
    job_name    VARCHAR(50)  NOT NULL PRIMARY KEY,
    run_hour        VARCHAR(40)  NOT NULL,
    run_minute      VARCHAR(40)  NOT NULL,
    run_day_of_week VARCHAR(40)  NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);
