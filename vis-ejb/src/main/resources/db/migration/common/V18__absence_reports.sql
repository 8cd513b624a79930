-- VIS schema, version 18: absence reported from home (Min Skole's "meld fravær"): a guardian of a
-- pupil under 18, or a pupil of 18 or more, reports absence for today or coming days — whole days or
-- a time span on one day — with a category and never free text; the contact teacher links it to the
-- registered absence (setting its documentation). One report per submitted form (request_key).

CREATE SEQUENCE absence_report_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE absence_report (
    id            BIGINT      NOT NULL PRIMARY KEY,
    student_id    BIGINT      NOT NULL,
    reporter      VARCHAR(64) NOT NULL,
    reporter_kind VARCHAR(10) NOT NULL,
    request_key   VARCHAR(40) NOT NULL,
    from_day      DATE        NOT NULL,
    to_day        DATE        NOT NULL,
    from_time     SMALLINT,
    to_time       SMALLINT,
    category      VARCHAR(10) NOT NULL,
    status        VARCHAR(10) NOT NULL,
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    handled_at    TIMESTAMP WITH TIME ZONE,
    handled_by    VARCHAR(64),
    version       BIGINT      NOT NULL,
    CONSTRAINT absence_report_uk UNIQUE (student_id, request_key),
    CONSTRAINT absence_report_student_fk FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT absence_report_days_ck CHECK (from_day <= to_day),
    CONSTRAINT absence_report_times_ck CHECK ((from_time IS NULL AND to_time IS NULL)
        OR (from_time IS NOT NULL AND to_time IS NOT NULL AND from_time < to_time AND from_day = to_day)),
    CONSTRAINT absence_report_kind_ck CHECK (reporter_kind IN ('GUARDIAN', 'PUPIL')),
    CONSTRAINT absence_report_category_ck CHECK (category IN ('ILL', 'OTHER')),
    CONSTRAINT absence_report_status_ck CHECK (status IN ('SENT', 'LINKED'))
);
CREATE INDEX absence_report_student_ix ON absence_report (student_id, from_day);
CREATE INDEX absence_report_day_ix ON absence_report (from_day, to_day);
