-- VIS schema, version 12: the school year and its calendar (skolerute), lesson periods, rooms,
-- teaching groups with their pupils and teachers, contact teachers, and the timetable: weekly
-- lessons valid for a date range (every week, or A or B weeks) and dated changes of single
-- occurrences (cancelled, changed: moved, stretched, new room, substitute; extra lessons).
-- (DAY, HOUR, NUMBER are reserved words in H2 or Oracle.) Times of day are minutes after midnight in Norwegian time (Oracle has no TIME type); a lesson's
-- real start and end are kept on the lesson and on each change, never taken from the period grid.

CREATE SEQUENCE school_year_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE calendar_day_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE lesson_period_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE room_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE teaching_group_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE group_member_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE group_teacher_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contact_teacher_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE lesson_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE lesson_change_seq START WITH 50 INCREMENT BY 50;

-- the county's school year: 1 August to 31 July; first and last school day from the skolerute;
-- the first day of the second half (halvårsskille); how A and B weeks alternate
CREATE TABLE school_year (
    id               BIGINT      NOT NULL PRIMARY KEY,
    county_id        BIGINT      NOT NULL,
    start_year       INTEGER     NOT NULL,
    first_day        DATE        NOT NULL,
    last_day         DATE        NOT NULL,
    second_half_from DATE        NOT NULL,
    rotation         VARCHAR(12) NOT NULL,
    rotation_anchor  DATE        NOT NULL,
    version          BIGINT      NOT NULL,
    CONSTRAINT school_year_uk UNIQUE (county_id, start_year),
    CONSTRAINT school_year_county_fk FOREIGN KEY (county_id) REFERENCES county (id),
    CONSTRAINT school_year_rotation_ck CHECK (rotation IN ('ALTERNATING', 'ISO_PARITY')),
    CONSTRAINT school_year_days_ck CHECK (first_day <= last_day)
);

-- the skolerute's days that are not plain weekdays: holidays, planning days, activity days, and
-- weekend school days; a row with a school is that school's exception to the county's rute
CREATE TABLE calendar_day (
    id             BIGINT       NOT NULL PRIMARY KEY,
    school_year_id BIGINT       NOT NULL,
    school_id      BIGINT,
    on_day         DATE         NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    note           VARCHAR(200),
    version        BIGINT       NOT NULL,
    CONSTRAINT calendar_day_year_fk FOREIGN KEY (school_year_id) REFERENCES school_year (id),
    CONSTRAINT calendar_day_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT calendar_day_kind_ck CHECK (kind IN ('SCHOOL_DAY', 'ACTIVITY_DAY', 'PLANNING_DAY', 'HOLIDAY'))
);
CREATE INDEX calendar_day_year_ix ON calendar_day (school_year_id, on_day);

-- a school's period grid (økter): per weekday, or for every weekday when weekday is null
CREATE TABLE lesson_period (
    id           BIGINT   NOT NULL PRIMARY KEY,
    school_id    BIGINT   NOT NULL,
    weekday      SMALLINT,
    period_no    SMALLINT NOT NULL,
    starts_at    SMALLINT NOT NULL,
    ends_at      SMALLINT NOT NULL,
    version      BIGINT   NOT NULL,
    CONSTRAINT lesson_period_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT lesson_period_times_ck CHECK (starts_at >= 0 AND starts_at < ends_at AND ends_at <= 1440),
    CONSTRAINT lesson_period_weekday_ck CHECK (weekday BETWEEN 1 AND 7)
);
CREATE INDEX lesson_period_school_ix ON lesson_period (school_id);

CREATE TABLE room (
    id        BIGINT       NOT NULL PRIMARY KEY,
    school_id BIGINT       NOT NULL,
    code      VARCHAR(10)  NOT NULL,
    name      VARCHAR(100) NOT NULL,
    capacity  INTEGER,
    kind      VARCHAR(20)  NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT room_uk UNIQUE (school_id, code),
    CONSTRAINT room_school_fk FOREIGN KEY (school_id) REFERENCES school (id)
);

-- a teacher's short code at the schools (Untis' teacher code, e.g. "HOO")
ALTER TABLE staff_member ADD short_code VARCHAR(8);

-- a teaching group (undervisningsgruppe) in a school year, teaching one subject (fagkode); a
-- class's own group for a class subject names the class
CREATE TABLE teaching_group (
    id              BIGINT      NOT NULL PRIMARY KEY,
    school_id       BIGINT      NOT NULL,
    school_year     INTEGER     NOT NULL,
    code            VARCHAR(30) NOT NULL,
    subject_code    VARCHAR(12) NOT NULL,
    school_class_id BIGINT,
    block_code      VARCHAR(10),
    version         BIGINT      NOT NULL,
    CONSTRAINT teaching_group_uk UNIQUE (school_id, school_year, code),
    CONSTRAINT teaching_group_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT teaching_group_class_fk FOREIGN KEY (school_class_id) REFERENCES school_class (id)
);
CREATE INDEX teaching_group_class_ix ON teaching_group (school_class_id);

-- a pupil in a group from a day until a day (exclusive; null: still), with the pupil's own fagkode
-- where the group mixes codes
CREATE TABLE group_member (
    id                BIGINT      NOT NULL PRIMARY KEY,
    teaching_group_id BIGINT      NOT NULL,
    student_id        BIGINT      NOT NULL,
    from_day          DATE        NOT NULL,
    to_day            DATE,
    subject_code      VARCHAR(12),
    version           BIGINT      NOT NULL,
    CONSTRAINT group_member_group_fk FOREIGN KEY (teaching_group_id) REFERENCES teaching_group (id),
    CONSTRAINT group_member_student_fk FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT group_member_days_ck CHECK (to_day IS NULL OR from_day < to_day)
);
CREATE INDEX group_member_student_ix ON group_member (student_id, teaching_group_id);
CREATE INDEX group_member_group_ix ON group_member (teaching_group_id);

CREATE TABLE group_teacher (
    id                BIGINT NOT NULL PRIMARY KEY,
    teaching_group_id BIGINT NOT NULL,
    staff_member_id   BIGINT NOT NULL,
    from_day          DATE   NOT NULL,
    to_day            DATE,
    version           BIGINT NOT NULL,
    CONSTRAINT group_teacher_group_fk FOREIGN KEY (teaching_group_id) REFERENCES teaching_group (id),
    CONSTRAINT group_teacher_staff_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id),
    CONSTRAINT group_teacher_days_ck CHECK (to_day IS NULL OR from_day < to_day)
);
CREATE INDEX group_teacher_staff_ix ON group_teacher (staff_member_id, teaching_group_id);
CREATE INDEX group_teacher_group_ix ON group_teacher (teaching_group_id);

-- a class's contact teacher(s) (kontaktlærer), dated
CREATE TABLE contact_teacher (
    id              BIGINT NOT NULL PRIMARY KEY,
    school_class_id BIGINT NOT NULL,
    staff_member_id BIGINT NOT NULL,
    from_day        DATE   NOT NULL,
    to_day          DATE,
    version         BIGINT NOT NULL,
    CONSTRAINT contact_teacher_class_fk FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT contact_teacher_staff_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id),
    CONSTRAINT contact_teacher_days_ck CHECK (to_day IS NULL OR from_day < to_day)
);
CREATE INDEX contact_teacher_staff_ix ON contact_teacher (staff_member_id);
CREATE INDEX contact_teacher_class_ix ON contact_teacher (school_class_id);

-- a weekly lesson of a group: weekday, real start and end, the period(s) it was placed in, room,
-- every week or only A or B weeks, from a day until a day (exclusive; null: the year's end)
CREATE TABLE lesson (
    id                BIGINT      NOT NULL PRIMARY KEY,
    teaching_group_id BIGINT      NOT NULL,
    weekday           SMALLINT    NOT NULL,
    starts_at         SMALLINT    NOT NULL,
    ends_at           SMALLINT    NOT NULL,
    first_period      SMALLINT,
    last_period       SMALLINT,
    room_id           BIGINT,
    week_kind         VARCHAR(5)  NOT NULL,
    valid_from        DATE        NOT NULL,
    valid_to          DATE,
    source            VARCHAR(10) NOT NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT lesson_group_fk FOREIGN KEY (teaching_group_id) REFERENCES teaching_group (id),
    CONSTRAINT lesson_room_fk FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT lesson_weekday_ck CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT lesson_times_ck CHECK (starts_at >= 0 AND starts_at < ends_at AND ends_at <= 1440),
    CONSTRAINT lesson_week_kind_ck CHECK (week_kind IN ('EVERY', 'A', 'B')),
    CONSTRAINT lesson_valid_ck CHECK (valid_to IS NULL OR valid_from < valid_to),
    CONSTRAINT lesson_source_ck CHECK (source IN ('VIS', 'UNTIS'))
);
CREATE INDEX lesson_group_ix ON lesson (teaching_group_id);
CREATE INDEX lesson_room_ix ON lesson (room_id);

CREATE TABLE lesson_teacher (
    lesson_id       BIGINT NOT NULL,
    staff_member_id BIGINT NOT NULL,
    CONSTRAINT lesson_teacher_pk PRIMARY KEY (lesson_id, staff_member_id),
    CONSTRAINT lesson_teacher_lesson_fk FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT lesson_teacher_staff_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id)
);
CREATE INDEX lesson_teacher_staff_ix ON lesson_teacher (staff_member_id);

-- a dated change of one occurrence: CANCELLED (original_day), CHANGED (the occurrence of
-- original_day is held on held_on, starts_at-ends_at, in room, by the teachers listed), or EXTRA (a
-- lesson of the group outside its weekly lessons: no lesson, no original_day)
CREATE TABLE lesson_change (
    id                BIGINT       NOT NULL PRIMARY KEY,
    teaching_group_id BIGINT       NOT NULL,
    lesson_id         BIGINT,
    original_day      DATE,
    kind              VARCHAR(10)  NOT NULL,
    held_on           DATE,
    starts_at         SMALLINT,
    ends_at           SMALLINT,
    room_id           BIGINT,
    note              VARCHAR(200),
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by        VARCHAR(64)  NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT lesson_change_group_fk FOREIGN KEY (teaching_group_id) REFERENCES teaching_group (id),
    CONSTRAINT lesson_change_lesson_fk FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT lesson_change_room_fk FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT lesson_change_uk UNIQUE (lesson_id, original_day),
    CONSTRAINT lesson_change_kind_ck CHECK (kind IN ('CANCELLED', 'CHANGED', 'EXTRA')),
    CONSTRAINT lesson_change_shape_ck CHECK (
        (kind = 'CANCELLED' AND lesson_id IS NOT NULL AND original_day IS NOT NULL)
        OR (kind = 'CHANGED' AND lesson_id IS NOT NULL AND original_day IS NOT NULL AND held_on IS NOT NULL
            AND starts_at IS NOT NULL AND ends_at IS NOT NULL AND starts_at < ends_at)
        OR (kind = 'EXTRA' AND lesson_id IS NULL AND original_day IS NULL AND held_on IS NOT NULL
            AND starts_at IS NOT NULL AND ends_at IS NOT NULL AND starts_at < ends_at))
);
CREATE INDEX lesson_change_group_day_ix ON lesson_change (teaching_group_id, held_on);
CREATE INDEX lesson_change_group_original_ix ON lesson_change (teaching_group_id, original_day);

-- the teachers of a CHANGED or EXTRA occurrence (a substitute is one not among the lesson's)
CREATE TABLE lesson_change_teacher (
    lesson_change_id BIGINT NOT NULL,
    staff_member_id  BIGINT NOT NULL,
    CONSTRAINT lesson_change_teacher_pk PRIMARY KEY (lesson_change_id, staff_member_id),
    CONSTRAINT lesson_change_teacher_change_fk FOREIGN KEY (lesson_change_id) REFERENCES lesson_change (id),
    CONSTRAINT lesson_change_teacher_staff_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id)
);
CREATE INDEX lesson_change_teacher_staff_ix ON lesson_change_teacher (staff_member_id);
