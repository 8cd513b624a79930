-- VIS schema, version 20: the contact teacher's closing (sluttføring) of a half-year's absence for the
-- vitnemål: per pupil, school year and half-year the days, single hours and deducted days as they were
-- when the class was closed (again on every closing), and the office's correction with its reason.
-- What is printed is the closing (corrected or not); a change of the absence after it is flagged, not
-- copied, until the class is closed again.

CREATE SEQUENCE absence_closing_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE absence_closing (
    id              BIGINT       NOT NULL PRIMARY KEY,
    student_id      BIGINT       NOT NULL,
    school_year     INTEGER      NOT NULL,
    half            VARCHAR(12)  NOT NULL,
    days            INTEGER      NOT NULL,
    hours           INTEGER      NOT NULL,
    deducted_days   INTEGER      NOT NULL,
    closed_days     INTEGER      NOT NULL,
    closed_hours    INTEGER      NOT NULL,
    closed_by       VARCHAR(64)  NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    corrected_by    VARCHAR(64),
    corrected_at    TIMESTAMP WITH TIME ZONE,
    correction_reason VARCHAR(300),
    version         BIGINT       NOT NULL,
    CONSTRAINT absence_closing_uk UNIQUE (student_id, school_year, half),
    CONSTRAINT absence_closing_student_fk FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT absence_closing_half_ck CHECK (half IN ('FIRST_HALF', 'SECOND_HALF')),
    CONSTRAINT absence_closing_counts_ck CHECK (days >= 0 AND hours >= 0 AND deducted_days >= 0 AND closed_days >= 0
        AND closed_hours >= 0)
);
