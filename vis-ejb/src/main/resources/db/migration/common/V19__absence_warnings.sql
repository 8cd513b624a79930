-- VIS schema, version 19: absence warnings (varsel). A warning is given once per threshold crossing:
-- per pupil, school year, fagkode, period (a half-year or the year: again before standpunkt even if one
-- went out at the half-year) and band (near the limit, over 10 %, over 15 %). Each warning's copies:
-- to the pupil and to the guardians the guardian access policy lets see the pupil (under 18, or with
-- both consents), in the portal and as a letter (PDF); when each recipient first opened it.

CREATE SEQUENCE absence_warning_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE absence_warning_copy_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE absence_warning (
    id              BIGINT        NOT NULL PRIMARY KEY,
    student_id      BIGINT        NOT NULL,
    school_year     INTEGER       NOT NULL,
    subject_code    VARCHAR(12)   NOT NULL,
    period          VARCHAR(12)   NOT NULL,
    band            VARCHAR(12)   NOT NULL,
    percent         NUMERIC(6, 2) NOT NULL,
    counted_minutes INTEGER       NOT NULL,
    planned_minutes INTEGER       NOT NULL,
    created_on      DATE          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT absence_warning_uk UNIQUE (student_id, school_year, subject_code, period, band),
    CONSTRAINT absence_warning_student_fk FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT absence_warning_period_ck CHECK (period IN ('FIRST_HALF', 'SECOND_HALF', 'YEAR')),
    CONSTRAINT absence_warning_band_ck CHECK (band IN ('WARNING', 'DISCRETION', 'NO_GRADE'))
);
CREATE INDEX absence_warning_student_ix ON absence_warning (student_id, school_year);

-- the recipient is a pupil's or a guardian's id (pseudonymous); no foreign key: an erased guardian's
-- copies stay as a trace that the warning was given
CREATE TABLE absence_warning_copy (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    absence_warning_id BIGINT      NOT NULL,
    recipient_kind     VARCHAR(10) NOT NULL,
    recipient_id       BIGINT      NOT NULL,
    channel            VARCHAR(10) NOT NULL,
    sent_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at          TIMESTAMP WITH TIME ZONE,
    version            BIGINT      NOT NULL,
    CONSTRAINT absence_warning_copy_uk UNIQUE (absence_warning_id, recipient_kind, recipient_id, channel),
    CONSTRAINT absence_warning_copy_warning_fk FOREIGN KEY (absence_warning_id) REFERENCES absence_warning (id),
    CONSTRAINT absence_warning_copy_kind_ck CHECK (recipient_kind IN ('PUPIL', 'GUARDIAN')),
    CONSTRAINT absence_warning_copy_channel_ck CHECK (channel IN ('PORTAL', 'LETTER'))
);
CREATE INDEX absence_warning_copy_recipient_ix ON absence_warning_copy (recipient_kind, recipient_id);

-- nightly at 03:30 (IT operations may change it on the job screen)
INSERT INTO job_schedule (job_name, run_hour, run_minute, run_day_of_week, enabled, updated_by, updated_at, version)
    VALUES ('absence-warnings', '3', '30', '*', TRUE, 'migration V19', CURRENT_TIMESTAMP, 1);
