-- VIS schema, version 14: enrolment — the pupil's enrolment history (school, programme area,
-- level, from/to, why it ended) and dated class placements; the programme areas each school offers.
-- student.school_id, student.school_class_id and student.left_on stay the current state: the
-- services write them in the same transaction as the history.
-- Common SQL for PostgreSQL, H2 and Oracle; sequences step by 50 (the JPA allocation size).
-- A period runs from its first day to the day it ended, exclusive (as guardianship).

CREATE SEQUENCE enrolment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE class_placement_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE school_programme_area_seq START WITH 50 INCREMENT BY 50;

-- The programme areas (programområder, Grep codes such as STSSA1----) a school offers: what an
-- import may enrol pupils in. Codes only: the curriculum catalogue is grep-sync's.
CREATE TABLE school_programme_area (
    id             BIGINT      NOT NULL PRIMARY KEY,
    school_id      BIGINT      NOT NULL,
    programme_area VARCHAR(10) NOT NULL,
    version        BIGINT      NOT NULL,
    CONSTRAINT school_programme_area_uk UNIQUE (school_id, programme_area),
    CONSTRAINT school_programme_area_school_fk FOREIGN KEY (school_id) REFERENCES school (id)
);

CREATE TABLE enrolment (
    id             BIGINT      NOT NULL PRIMARY KEY,
    student_id     BIGINT      NOT NULL,
    school_id      BIGINT      NOT NULL,
    programme_area VARCHAR(10) NOT NULL,
    level          VARCHAR(4)  NOT NULL,
    admitted_on    DATE        NOT NULL,
    active_from    DATE        NOT NULL,
    active_to      DATE,
    end_reason     VARCHAR(30),
    created_by     VARCHAR(64) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT      NOT NULL,
    -- the history is the pupil's: it goes when the pupil's record goes
    CONSTRAINT enrolment_student_fk FOREIGN KEY (student_id) REFERENCES student (id) ON DELETE CASCADE,
    CONSTRAINT enrolment_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT enrolment_level_ck CHECK (level IN ('VG1', 'VG2', 'VG3')),
    CONSTRAINT enrolment_period_ck CHECK (active_to IS NULL OR active_to >= active_from),
    CONSTRAINT enrolment_ended_ck CHECK ((active_to IS NULL AND end_reason IS NULL)
        OR (active_to IS NOT NULL AND end_reason IS NOT NULL)),
    CONSTRAINT enrolment_end_reason_ck CHECK (end_reason IN ('COMPLETED', 'MOVED_TO_OTHER_SCHOOL', 'DROPPED_OUT',
        'MOVED_AWAY', 'APPRENTICESHIP', 'OTHER', 'TRANSFERRED', 'PROGRAMME_CHANGED'))
);
CREATE INDEX enrolment_student_ix ON enrolment (student_id, active_from);
CREATE INDEX enrolment_school_ix ON enrolment (school_id);

CREATE TABLE class_placement (
    id              BIGINT      NOT NULL PRIMARY KEY,
    student_id      BIGINT      NOT NULL,
    school_class_id BIGINT      NOT NULL,
    active_from     DATE        NOT NULL,
    active_to       DATE,
    created_by      VARCHAR(64) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT class_placement_student_fk FOREIGN KEY (student_id) REFERENCES student (id) ON DELETE CASCADE,
    CONSTRAINT class_placement_class_fk FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT class_placement_period_ck CHECK (active_to IS NULL OR active_to >= active_from)
);
CREATE INDEX class_placement_student_ix ON class_placement (student_id, active_from);
CREATE INDEX class_placement_class_ix ON class_placement (school_class_id);
