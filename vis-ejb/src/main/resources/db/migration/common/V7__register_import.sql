-- VIS schema, version 7: what the register imports need.
-- Records a job could not use (not found, malformed, a responsible adult without identity number…),
-- listed for IT operations with the reason; the record is named by a pseudonymous reference only.
CREATE SEQUENCE job_skipped_record_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE job_skipped_record (
    id               BIGINT       NOT NULL PRIMARY KEY,
    job_execution_id BIGINT       NOT NULL,
    job_name         VARCHAR(50)  NOT NULL,
    record_ref       VARCHAR(64)  NOT NULL,
    reason           VARCHAR(300) NOT NULL,
    noted_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX job_skipped_record_execution_ix ON job_skipped_record (job_execution_id);

-- Pupils Folkeregisteret says have died or emigrated: for the school office to follow up.
CREATE SEQUENCE register_flag_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE register_flag (
    id         BIGINT      NOT NULL PRIMARY KEY,
    student_id BIGINT      NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    noted_on   DATE        NOT NULL,
    CONSTRAINT register_flag_student_fk FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT register_flag_kind_ck CHECK (kind IN ('DEAD', 'EMIGRATED')),
    CONSTRAINT register_flag_uk UNIQUE (student_id, kind)
);
