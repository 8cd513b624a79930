-- VIS schema, version 25: orden og atferd (issue 13).
--   * remarks (anmerkninger) recorded by teachers — orden or atferd, the day, what happened — kept only as
--     long as their purpose lasts: retention-cleanup deletes a school year's remarks a county-set number of
--     days after the year's last day (conduct_remarks_kept_days);
--   * the written warning (varsel) that must come before NG or LG: which grade is at risk, in the half-year or
--     for standpunkt, the remarks it rests on, and its copies to the pupil and (under 18) the guardians;
--   * the half-year and year-end grades G, NG, LG set by the contact teacher after the teachers' meeting,
--     published with the round's grades.
ALTER TABLE county ADD conduct_remarks_kept_days INTEGER DEFAULT 30 NOT NULL;

CREATE SEQUENCE conduct_remark_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE conduct_remark (
    id                BIGINT       NOT NULL PRIMARY KEY,
    student_id        BIGINT       NOT NULL,
    school_year       INTEGER      NOT NULL,
    kind              VARCHAR(8)   NOT NULL,
    happened_on       DATE         NOT NULL,
    description       VARCHAR(500) NOT NULL,
    teaching_group_id BIGINT,
    recorded_by       VARCHAR(64)  NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT conduct_remark_student_fk FOREIGN KEY (student_id) REFERENCES student (id) ON DELETE CASCADE,
    CONSTRAINT conduct_remark_group_fk FOREIGN KEY (teaching_group_id) REFERENCES teaching_group (id),
    CONSTRAINT conduct_remark_kind_ck CHECK (kind IN ('ORDEN', 'ATFERD'))
);
CREATE INDEX conduct_remark_student_ix ON conduct_remark (student_id, school_year);
CREATE INDEX conduct_remark_year_ix ON conduct_remark (school_year);

CREATE SEQUENCE conduct_warning_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE conduct_warning (
    id            BIGINT        NOT NULL PRIMARY KEY,
    student_id    BIGINT        NOT NULL,
    school_year   INTEGER       NOT NULL,
    round_kind    VARCHAR(12)   NOT NULL,
    kind          VARCHAR(8)    NOT NULL,
    grade_at_risk VARCHAR(2)    NOT NULL,
    remarks       INTEGER       NOT NULL,
    comment_text  VARCHAR(1000),
    sent_by       VARCHAR(64)   NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT conduct_warning_student_fk FOREIGN KEY (student_id) REFERENCES student (id) ON DELETE CASCADE,
    CONSTRAINT conduct_warning_round_ck CHECK (round_kind IN ('FIRST_HALF', 'YEAR_END')),
    CONSTRAINT conduct_warning_kind_ck CHECK (kind IN ('ORDEN', 'ATFERD')),
    CONSTRAINT conduct_warning_risk_ck CHECK (grade_at_risk IN ('NG', 'LG'))
);
CREATE INDEX conduct_warning_student_ix ON conduct_warning (student_id, school_year);

CREATE SEQUENCE conduct_warning_copy_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE conduct_warning_copy (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    conduct_warning_id BIGINT      NOT NULL,
    recipient_kind     VARCHAR(10) NOT NULL,
    recipient_id       BIGINT      NOT NULL,
    channel            VARCHAR(10) NOT NULL,
    sent_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at          TIMESTAMP WITH TIME ZONE,
    version            BIGINT      NOT NULL,
    CONSTRAINT conduct_warning_copy_warning_fk FOREIGN KEY (conduct_warning_id) REFERENCES conduct_warning (id) ON DELETE CASCADE,
    CONSTRAINT conduct_warning_copy_recipient_ck CHECK (recipient_kind IN ('PUPIL', 'GUARDIAN')),
    CONSTRAINT conduct_warning_copy_channel_ck CHECK (channel IN ('PORTAL', 'LETTER'))
);
CREATE INDEX conduct_warning_copy_warning_ix ON conduct_warning_copy (conduct_warning_id);
CREATE INDEX conduct_warning_copy_recipient_ix ON conduct_warning_copy (recipient_kind, recipient_id);

CREATE SEQUENCE conduct_grade_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE conduct_grade (
    id              BIGINT        NOT NULL PRIMARY KEY,
    grade_round_id  BIGINT        NOT NULL,
    student_id      BIGINT        NOT NULL,
    kind            VARCHAR(8)    NOT NULL,
    grade_value     VARCHAR(2)    NOT NULL,
    reason          VARCHAR(1000),
    school_class_id BIGINT,
    set_by          VARCHAR(64)   NOT NULL,
    set_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT conduct_grade_uk UNIQUE (student_id, grade_round_id, kind),
    CONSTRAINT conduct_grade_round_fk FOREIGN KEY (grade_round_id) REFERENCES grade_round (id),
    CONSTRAINT conduct_grade_student_fk FOREIGN KEY (student_id) REFERENCES student (id) ON DELETE CASCADE,
    CONSTRAINT conduct_grade_class_fk FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT conduct_grade_kind_ck CHECK (kind IN ('ORDEN', 'ATFERD')),
    CONSTRAINT conduct_grade_value_ck CHECK (grade_value IN ('G', 'NG', 'LG'))
);
