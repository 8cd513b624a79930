-- VIS schema, version 24: assessment with grades (issue 13, first part).
--   * the principal's discretion over a pupil's absence between 10 and 15 % in a subject
--     (opplæringsforskrifta § 9-8 fourth paragraph), recorded as a decision with reasons;
--   * the grade scale of a fagkode where it is not 1–6 (bestått / ikke bestått, deltatt), kept by the
--     county (Grep's vurderingsordning does not say it);
--   * assessment rounds of a school year at a school — the first half-year and the year's end — with
--     the teachers' deadline and the publication time (and a class's own publication time);
--   * a teaching group's grade protocol in a round (open, submitted, locked), the grades — one per
--     pupil, fagkode and round, with a fagmerknad where needed — and every change of a grade.
-- A grade is shown to the pupil and the guardians only from its publication time: the class's own time
-- where the round has one for the class the grade was set in, else the round's.

CREATE SEQUENCE absence_discretion_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE absence_discretion (
    id            BIGINT        NOT NULL PRIMARY KEY,
    student_id    BIGINT        NOT NULL,
    school_year   INTEGER       NOT NULL,
    subject_code  VARCHAR(12)   NOT NULL,
    period        VARCHAR(12)   NOT NULL,
    grade_allowed BOOLEAN       NOT NULL,
    reasons       VARCHAR(2000) NOT NULL,
    percent       NUMERIC(5, 2),
    decided_by    VARCHAR(64)   NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT absence_discretion_uk UNIQUE (student_id, school_year, subject_code, period),
    CONSTRAINT absence_discretion_student_fk FOREIGN KEY (student_id) REFERENCES student (id) ON DELETE CASCADE,
    CONSTRAINT absence_discretion_period_ck CHECK (period IN ('FIRST_HALF', 'SECOND_HALF', 'YEAR'))
);

CREATE SEQUENCE grade_scale_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grade_scale (
    id           BIGINT      NOT NULL PRIMARY KEY,
    county_id    BIGINT      NOT NULL,
    subject_code VARCHAR(12) NOT NULL,
    scale        VARCHAR(16) NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT grade_scale_uk UNIQUE (county_id, subject_code),
    CONSTRAINT grade_scale_county_fk FOREIGN KEY (county_id) REFERENCES county (id),
    CONSTRAINT grade_scale_scale_ck CHECK (scale IN ('NUMERIC', 'PASS_FAIL', 'PARTICIPATION'))
);

CREATE SEQUENCE grade_round_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grade_round (
    id          BIGINT      NOT NULL PRIMARY KEY,
    school_id   BIGINT      NOT NULL,
    school_year INTEGER     NOT NULL,
    kind        VARCHAR(12) NOT NULL,
    entry_until TIMESTAMP WITH TIME ZONE NOT NULL,
    publish_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT grade_round_uk UNIQUE (school_id, school_year, kind),
    CONSTRAINT grade_round_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT grade_round_kind_ck CHECK (kind IN ('FIRST_HALF', 'YEAR_END'))
);

-- a class's own publication time in a round (e.g. Vg3 a week before Vg1 and Vg2)
CREATE TABLE grade_round_class (
    grade_round_id  BIGINT NOT NULL,
    school_class_id BIGINT NOT NULL,
    publish_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT grade_round_class_pk PRIMARY KEY (grade_round_id, school_class_id),
    CONSTRAINT grade_round_class_round_fk FOREIGN KEY (grade_round_id) REFERENCES grade_round (id) ON DELETE CASCADE,
    CONSTRAINT grade_round_class_class_fk FOREIGN KEY (school_class_id) REFERENCES school_class (id)
);

CREATE SEQUENCE grade_protocol_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grade_protocol (
    id                BIGINT      NOT NULL PRIMARY KEY,
    grade_round_id    BIGINT      NOT NULL,
    teaching_group_id BIGINT      NOT NULL,
    state             VARCHAR(10) NOT NULL,
    saved_by          VARCHAR(64),
    saved_at          TIMESTAMP WITH TIME ZONE,
    submitted_by      VARCHAR(64),
    submitted_at      TIMESTAMP WITH TIME ZONE,
    locked_by         VARCHAR(64),
    locked_at         TIMESTAMP WITH TIME ZONE,
    version           BIGINT      NOT NULL,
    CONSTRAINT grade_protocol_uk UNIQUE (grade_round_id, teaching_group_id),
    CONSTRAINT grade_protocol_round_fk FOREIGN KEY (grade_round_id) REFERENCES grade_round (id),
    CONSTRAINT grade_protocol_group_fk FOREIGN KEY (teaching_group_id) REFERENCES teaching_group (id),
    CONSTRAINT grade_protocol_state_ck CHECK (state IN ('OPEN', 'SUBMITTED', 'LOCKED'))
);
CREATE INDEX grade_protocol_group_ix ON grade_protocol (teaching_group_id);

-- kind: HALF_YEAR (halvårsvurdering med karakter) or FINAL (standpunkt); value: 1-6, B, IB, D (deltatt),
-- F (fritatt), IV (ikke vurdert); remark_code: one fagmerknad (FAM..) per subject; note: the teacher's
-- reason, for the school only
CREATE SEQUENCE grade_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grade (
    id              BIGINT      NOT NULL PRIMARY KEY,
    grade_round_id  BIGINT      NOT NULL,
    student_id      BIGINT      NOT NULL,
    subject_code    VARCHAR(12) NOT NULL,
    kind            VARCHAR(10) NOT NULL,
    grade_value     VARCHAR(4)  NOT NULL,
    remark_code     VARCHAR(8),
    note            VARCHAR(500),
    grade_protocol_id BIGINT,
    school_class_id BIGINT,
    set_by          VARCHAR(64) NOT NULL,
    set_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT grade_uk UNIQUE (student_id, grade_round_id, subject_code),
    CONSTRAINT grade_round_fk FOREIGN KEY (grade_round_id) REFERENCES grade_round (id),
    CONSTRAINT grade_student_fk FOREIGN KEY (student_id) REFERENCES student (id) ON DELETE CASCADE,
    CONSTRAINT grade_protocol_fk FOREIGN KEY (grade_protocol_id) REFERENCES grade_protocol (id),
    CONSTRAINT grade_class_fk FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT grade_kind_ck CHECK (kind IN ('HALF_YEAR', 'FINAL')),
    CONSTRAINT grade_value_ck CHECK (grade_value IN ('1', '2', '3', '4', '5', '6', 'B', 'IB', 'D', 'F', 'IV'))
);
CREATE INDEX grade_protocol_ix ON grade (grade_protocol_id);

-- every change of a grade: who, when, from what to what, why, and whether the protocol was locked
CREATE SEQUENCE grade_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grade_change (
    id             BIGINT      NOT NULL PRIMARY KEY,
    grade_round_id BIGINT      NOT NULL,
    student_id     BIGINT      NOT NULL,
    subject_code   VARCHAR(12) NOT NULL,
    grade_protocol_id BIGINT,
    old_value      VARCHAR(4),
    new_value      VARCHAR(4),
    old_remark     VARCHAR(8),
    new_remark     VARCHAR(8),
    reason         VARCHAR(500),
    after_lock     BOOLEAN     NOT NULL,
    changed_by     VARCHAR(64) NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT grade_change_round_fk FOREIGN KEY (grade_round_id) REFERENCES grade_round (id),
    CONSTRAINT grade_change_student_fk FOREIGN KEY (student_id) REFERENCES student (id) ON DELETE CASCADE
);
CREATE INDEX grade_change_round_ix ON grade_change (grade_round_id, after_lock, changed_at);
CREATE INDEX grade_change_student_ix ON grade_change (student_id);
