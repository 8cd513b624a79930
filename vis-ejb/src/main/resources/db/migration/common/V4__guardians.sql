-- VIS schema, version 4: guardians (foresatte) and guardianships, as far as login needs them:
-- a guardian is matched on the fødselsnummer (ID-porten's pid) and sees the pupils of active
-- guardianships. The basis, consents and the rest of the model come with the guardian issue.

CREATE SEQUENCE guardian_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE guardianship_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE guardian (
    id          BIGINT       NOT NULL PRIMARY KEY,
    fnr         VARCHAR(11),
    given_name  VARCHAR(200) NOT NULL,
    middle_name VARCHAR(200),
    family_name VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT guardian_fnr_uk UNIQUE (fnr)
);

CREATE TABLE guardianship (
    id          BIGINT NOT NULL PRIMARY KEY,
    guardian_id BIGINT NOT NULL,
    student_id  BIGINT NOT NULL,
    active_from DATE   NOT NULL,
    active_to   DATE,
    version     BIGINT NOT NULL,
    CONSTRAINT guardianship_guardian_fk FOREIGN KEY (guardian_id) REFERENCES guardian (id),
    CONSTRAINT guardianship_student_fk FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT guardianship_uk UNIQUE (guardian_id, student_id, active_from)
);
CREATE INDEX guardianship_student_ix ON guardianship (student_id);
