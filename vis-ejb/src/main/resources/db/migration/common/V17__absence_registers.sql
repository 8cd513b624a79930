-- VIS schema, version 17: absence (issue 12) — the county's absence codes and settings, each
-- lesson's register (taken or not), the absence registered in it (minutes per lesson), the
-- contact teacher's day absence, and every later change with who and why.

CREATE SEQUENCE absence_code_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE lesson_register_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE absence_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE day_absence_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE absence_change_seq START WITH 50 INCREMENT BY 50;

-- the county's settings for absence: the warning threshold (a percentage under 10), whether late
-- arrival and early leaving count toward the limit (not settled by Udir), how long after a lesson
-- its register may be changed without a reason, and whether guardians see absence detail
ALTER TABLE county ADD absence_warning_percent NUMERIC(4, 1) DEFAULT 8 NOT NULL;
ALTER TABLE county ADD lateness_counts BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE county ADD register_deadline_hours INTEGER DEFAULT 48 NOT NULL;
ALTER TABLE county ADD guardians_see_absence_detail BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE county ADD CONSTRAINT county_absence_warning_ck CHECK (absence_warning_percent > 0 AND absence_warning_percent < 10);
ALTER TABLE county ADD CONSTRAINT county_register_deadline_ck CHECK (register_deadline_hours BETWEEN 1 AND 2160);

-- an absence code of the county (InSchool's X, M, D, !, R, §; iSkole's D, I, F, S, O, A, M …), valid
-- from a day until a day (exclusive; null: still), with what it means; the documentation an absence
-- gets when registered with the code; day-level codes are the contact teacher's
CREATE TABLE absence_code (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    county_id             BIGINT       NOT NULL,
    code                  VARCHAR(4)   NOT NULL,
    name_nb               VARCHAR(100) NOT NULL,
    name_nn               VARCHAR(100) NOT NULL,
    name_en               VARCHAR(100) NOT NULL,
    counts_toward_limit   BOOLEAN      NOT NULL,
    on_diploma            BOOLEAN      NOT NULL,
    affects_orden         BOOLEAN      NOT NULL,
    is_presence           BOOLEAN      NOT NULL,
    day_level             BOOLEAN      NOT NULL,
    documentation         VARCHAR(24)  NOT NULL,
    valid_from            DATE         NOT NULL,
    valid_to              DATE,
    sort_order            SMALLINT     NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT absence_code_uk UNIQUE (county_id, code, valid_from),
    CONSTRAINT absence_code_county_fk FOREIGN KEY (county_id) REFERENCES county (id),
    CONSTRAINT absence_code_valid_ck CHECK (valid_to IS NULL OR valid_from < valid_to),
    CONSTRAINT absence_code_documentation_ck CHECK (documentation IN ('UNDOCUMENTED', 'HEALTH_SELF_CERTIFIED',
        'HEALTH_DOCUMENTED', 'OTHER_GROUND', 'NOT_ABSENCE'))
);

-- one occurrence's register: the occurrence's key (the weekly lesson and its original day, or the
-- extra lesson's change), the day and times it was held, and whether and by whom it was taken
CREATE TABLE lesson_register (
    id                BIGINT      NOT NULL PRIMARY KEY,
    occurrence_key    VARCHAR(40) NOT NULL,
    teaching_group_id BIGINT      NOT NULL,
    school_id         BIGINT      NOT NULL,
    held_on           DATE        NOT NULL,
    starts_at         SMALLINT    NOT NULL,
    ends_at           SMALLINT    NOT NULL,
    taken_at          TIMESTAMP WITH TIME ZONE,
    taken_by          VARCHAR(64),
    version           BIGINT      NOT NULL,
    CONSTRAINT lesson_register_uk UNIQUE (occurrence_key),
    CONSTRAINT lesson_register_group_fk FOREIGN KEY (teaching_group_id) REFERENCES teaching_group (id),
    CONSTRAINT lesson_register_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT lesson_register_times_ck CHECK (starts_at >= 0 AND starts_at < ends_at AND ends_at <= 1440)
);
CREATE INDEX lesson_register_school_day_ix ON lesson_register (school_id, held_on);
CREATE INDEX lesson_register_group_ix ON lesson_register (teaching_group_id, held_on);

-- the contact teacher's day absence of a pupil: every lesson of the day at once
CREATE TABLE day_absence (
    id              BIGINT      NOT NULL PRIMARY KEY,
    student_id      BIGINT      NOT NULL,
    on_day          DATE        NOT NULL,
    absence_code_id BIGINT      NOT NULL,
    documentation   VARCHAR(24) NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by   VARCHAR(64) NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT day_absence_uk UNIQUE (student_id, on_day),
    CONSTRAINT day_absence_student_fk FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT day_absence_code_fk FOREIGN KEY (absence_code_id) REFERENCES absence_code (id),
    CONSTRAINT day_absence_documentation_ck CHECK (documentation IN ('UNDOCUMENTED', 'HEALTH_SELF_CERTIFIED',
        'HEALTH_DOCUMENTED', 'OTHER_GROUND', 'NOT_ABSENCE'))
);

-- a pupil's absence in one lesson: the whole lesson, or late / left early, in minutes (20 minutes
-- missed of a 90-minute lesson is 20), with its code and documentation, under the pupil's fagkode
-- in the group; a day absence's lessons point to it
CREATE TABLE absence (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    lesson_register_id BIGINT      NOT NULL,
    student_id         BIGINT      NOT NULL,
    on_day             DATE        NOT NULL,
    subject_code       VARCHAR(12) NOT NULL,
    kind               VARCHAR(10) NOT NULL,
    minutes            SMALLINT    NOT NULL,
    absence_code_id    BIGINT      NOT NULL,
    documentation      VARCHAR(24) NOT NULL,
    day_absence_id     BIGINT,
    registered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by      VARCHAR(64) NOT NULL,
    version            BIGINT      NOT NULL,
    CONSTRAINT absence_uk UNIQUE (lesson_register_id, student_id),
    CONSTRAINT absence_register_fk FOREIGN KEY (lesson_register_id) REFERENCES lesson_register (id),
    CONSTRAINT absence_student_fk FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT absence_code_fk FOREIGN KEY (absence_code_id) REFERENCES absence_code (id),
    CONSTRAINT absence_day_fk FOREIGN KEY (day_absence_id) REFERENCES day_absence (id),
    CONSTRAINT absence_kind_ck CHECK (kind IN ('ABSENT', 'LATE', 'LEFT_EARLY')),
    CONSTRAINT absence_minutes_ck CHECK (minutes > 0 AND minutes <= 1440),
    CONSTRAINT absence_documentation_ck CHECK (documentation IN ('UNDOCUMENTED', 'HEALTH_SELF_CERTIFIED',
        'HEALTH_DOCUMENTED', 'OTHER_GROUND', 'NOT_ABSENCE'))
);
CREATE INDEX absence_student_ix ON absence (student_id, on_day);
CREATE INDEX absence_day_ix ON absence (day_absence_id);

-- a change of a register or a day absence after it was first saved: who, when, what, and why
-- (a reason is required once the register's deadline has passed)
CREATE TABLE absence_change (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    lesson_register_id BIGINT,
    day_absence_id     BIGINT,
    student_id         BIGINT       NOT NULL,
    changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by         VARCHAR(64)  NOT NULL,
    before_state       VARCHAR(60),
    after_state        VARCHAR(60),
    after_deadline     BOOLEAN      NOT NULL,
    reason             VARCHAR(300),
    CONSTRAINT absence_change_register_fk FOREIGN KEY (lesson_register_id) REFERENCES lesson_register (id),
    CONSTRAINT absence_change_student_fk FOREIGN KEY (student_id) REFERENCES student (id)
);
CREATE INDEX absence_change_register_ix ON absence_change (lesson_register_id);
CREATE INDEX absence_change_student_ix ON absence_change (student_id);
