-- VIS schema, version 3: staff members (known by their Feide user id) and their roles per school.
-- A role with no school (county administrator) applies to the whole county. Every grant and
-- withdrawal is kept in role_grant_log.

CREATE SEQUENCE staff_member_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE staff_role_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE role_grant_log_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE staff_member (
    id            BIGINT       NOT NULL PRIMARY KEY,
    county_id     BIGINT       NOT NULL,
    feide_user_id VARCHAR(64)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT staff_member_feide_uk UNIQUE (feide_user_id),
    CONSTRAINT staff_member_county_fk FOREIGN KEY (county_id) REFERENCES county (id)
);

CREATE TABLE staff_role (
    id              BIGINT      NOT NULL PRIMARY KEY,
    staff_member_id BIGINT      NOT NULL,
    school_id       BIGINT,
    role            VARCHAR(30) NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    granted_by      VARCHAR(64) NOT NULL,
    CONSTRAINT staff_role_member_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id),
    CONSTRAINT staff_role_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT staff_role_role_ck CHECK (role IN
        ('OFFICE', 'TEACHER', 'CONTACT_TEACHER', 'IT_OPERATIONS', 'COUNTY_ADMIN'))
);
CREATE INDEX staff_role_member_ix ON staff_role (staff_member_id);
CREATE INDEX staff_role_school_ix ON staff_role (school_id);

CREATE TABLE role_grant_log (
    id              BIGINT      NOT NULL PRIMARY KEY,
    happened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(64) NOT NULL,
    action          VARCHAR(10) NOT NULL,
    staff_member_id BIGINT      NOT NULL,
    school_id       BIGINT,
    role            VARCHAR(30) NOT NULL,
    CONSTRAINT role_grant_log_action_ck CHECK (action IN ('GRANT', 'WITHDRAW'))
);
CREATE INDEX role_grant_log_member_ix ON role_grant_log (staff_member_id, happened_at);

-- pupils log in with Feide too: their Feide user id, when known
ALTER TABLE student ADD feide_user_id VARCHAR(64);
CREATE UNIQUE INDEX student_feide_uk ON student (feide_user_id);
