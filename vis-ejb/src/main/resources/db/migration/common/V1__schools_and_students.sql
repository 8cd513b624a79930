-- VIS schema, version 1: counties, schools, classes and pupils.
-- Written in SQL that PostgreSQL, H2 and Oracle all accept; vendor differences live in
-- db/migration/<vendor>. Sequences step by 50, the allocation size of the JPA generators.

CREATE SEQUENCE county_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE school_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE school_class_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE student_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE county (
    id      BIGINT       NOT NULL PRIMARY KEY,
    code    VARCHAR(4)   NOT NULL,
    name    VARCHAR(100) NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT county_code_uk UNIQUE (code)
);

CREATE TABLE school (
    id         BIGINT       NOT NULL PRIMARY KEY,
    county_id  BIGINT       NOT NULL,
    org_number VARCHAR(9)   NOT NULL,
    name       VARCHAR(150) NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT school_org_number_uk UNIQUE (org_number),
    CONSTRAINT school_county_fk FOREIGN KEY (county_id) REFERENCES county (id)
);
CREATE INDEX school_county_ix ON school (county_id);
CREATE INDEX school_name_ix ON school (name);

CREATE TABLE school_class (
    id          BIGINT      NOT NULL PRIMARY KEY,
    school_id   BIGINT      NOT NULL,
    school_year INTEGER     NOT NULL,
    code        VARCHAR(20) NOT NULL,
    level       VARCHAR(4)  NOT NULL,
    programme   VARCHAR(10),
    version     BIGINT      NOT NULL,
    CONSTRAINT school_class_uk UNIQUE (school_id, school_year, code),
    CONSTRAINT school_class_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT school_class_level_ck CHECK (level IN ('VG1', 'VG2', 'VG3'))
);

CREATE TABLE student (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    fnr                VARCHAR(11)  NOT NULL,
    given_name         VARCHAR(200) NOT NULL,
    middle_name        VARCHAR(200),
    family_name        VARCHAR(200) NOT NULL,
    search_name        VARCHAR(602) NOT NULL,
    birth_date         DATE         NOT NULL,
    street             VARCHAR(200),
    postal_code        VARCHAR(4),
    postal_place       VARCHAR(100),
    address_protection VARCHAR(20)  NOT NULL,
    school_id          BIGINT       NOT NULL,
    school_class_id    BIGINT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT student_fnr_uk UNIQUE (fnr),
    CONSTRAINT student_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT student_class_fk FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT student_protection_ck CHECK (address_protection IN
        ('UGRADERT', 'KLIENTADRESSE', 'FORTROLIG', 'STRENGT_FORTROLIG'))
);
-- the list's default order, and paging within a school or class
CREATE INDEX student_name_ix ON student (family_name, given_name, id);
CREATE INDEX student_school_name_ix ON student (school_id, family_name, given_name, id);
CREATE INDEX student_class_ix ON student (school_class_id);
CREATE INDEX student_birth_date_ix ON student (birth_date, id);
