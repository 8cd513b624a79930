-- VIS schema, version 13: the subject catalogue from Udir's Grep (grep-sync keeps it current).
-- One table per Grep type VIS uses: utdanningsprogram, programområde, læreplan (LK20),
-- kompetansemålsett and kompetansemål (LK20), opplæringsfag and fagkode. Every element keeps
-- its Grep code, titles (Grep's default text and bokmål, nynorsk, English), Grep's status
-- ('publisert', 'utgaatt'; 'fjernet' when Grep no longer lists it: nothing is ever deleted, pupils
-- and groups may refer to it), validity, Grep's sist-endret and a hash of what VIS read (a run
-- that reads the same writes nothing). References between elements are by code: Grep's graph
-- may point at an element VIS has not read yet.
CREATE SEQUENCE grep_utdanningsprogram_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grep_utdanningsprogram (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    title_default VARCHAR(400),
    title_nb      VARCHAR(400),
    title_nn      VARCHAR(400),
    title_en      VARCHAR(400),
    status        VARCHAR(40)  NOT NULL,
    valid_from    DATE,
    valid_to      DATE,
    grep_changed  VARCHAR(40),
    content_hash  VARCHAR(64)  NOT NULL,
    synced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT grep_utdanningsprogram_uk UNIQUE (code)
);
CREATE SEQUENCE grep_programomraade_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grep_programomraade (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    title_default VARCHAR(400),
    title_nb      VARCHAR(400),
    title_nn      VARCHAR(400),
    title_en      VARCHAR(400),
    status        VARCHAR(40)  NOT NULL,
    valid_from    DATE,
    valid_to      DATE,
    grep_changed  VARCHAR(40),
    content_hash  VARCHAR(64)  NOT NULL,
    synced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    utdanningsprogram VARCHAR(40),
    aarstrinn     VARCHAR(20),
    CONSTRAINT grep_programomraade_uk UNIQUE (code)
);
CREATE SEQUENCE grep_laereplan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grep_laereplan (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    title_default VARCHAR(400),
    title_nb      VARCHAR(400),
    title_nn      VARCHAR(400),
    title_en      VARCHAR(400),
    status        VARCHAR(40)  NOT NULL,
    valid_from    DATE,
    valid_to      DATE,
    grep_changed  VARCHAR(40),
    content_hash  VARCHAR(64)  NOT NULL,
    synced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    replaced_by   VARCHAR(40),
    CONSTRAINT grep_laereplan_uk UNIQUE (code)
);
-- replaced_by: Grep's erstattes-av, or a higher revision of the same plan (NOR01-07 -> NOR01-08)
CREATE SEQUENCE grep_kompetansemaalsett_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grep_kompetansemaalsett (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    title_default VARCHAR(400),
    title_nb      VARCHAR(400),
    title_nn      VARCHAR(400),
    title_en      VARCHAR(400),
    status        VARCHAR(40)  NOT NULL,
    valid_from    DATE,
    valid_to      DATE,
    grep_changed  VARCHAR(40),
    content_hash  VARCHAR(64)  NOT NULL,
    synced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    laereplan     VARCHAR(40),
    CONSTRAINT grep_kompetansemaalsett_uk UNIQUE (code)
);
CREATE TABLE grep_kompetansemaalsett_etter_fag (
    kompetansemaalsett_id BIGINT NOT NULL,
    opplaeringsfag VARCHAR(40) NOT NULL,
    CONSTRAINT grep_kompetansemaalsett_etter_fag_fk FOREIGN KEY (kompetansemaalsett_id) REFERENCES grep_kompetansemaalsett (id)
);
CREATE INDEX grep_kompetansemaalsett_etter_fag_ix ON grep_kompetansemaalsett_etter_fag (kompetansemaalsett_id);
CREATE TABLE grep_kompetansemaalsett_aarstrinn (
    kompetansemaalsett_id BIGINT NOT NULL,
    aarstrinn VARCHAR(20) NOT NULL,
    CONSTRAINT grep_kompetansemaalsett_aarstrinn_fk FOREIGN KEY (kompetansemaalsett_id) REFERENCES grep_kompetansemaalsett (id)
);
CREATE INDEX grep_kompetansemaalsett_aarstrinn_ix ON grep_kompetansemaalsett_aarstrinn (kompetansemaalsett_id);
CREATE TABLE grep_kompetansemaalsett_maal (
    kompetansemaalsett_id BIGINT NOT NULL,
    sort_order INTEGER NOT NULL,
    kompetansemaal VARCHAR(40) NOT NULL,
    CONSTRAINT grep_kompetansemaalsett_maal_fk FOREIGN KEY (kompetansemaalsett_id) REFERENCES grep_kompetansemaalsett (id)
);
CREATE INDEX grep_kompetansemaalsett_maal_ix ON grep_kompetansemaalsett_maal (kompetansemaalsett_id);
-- a kompetansemål's text is its title
CREATE SEQUENCE grep_kompetansemaal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grep_kompetansemaal (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    title_default VARCHAR(2000),
    title_nb      VARCHAR(2000),
    title_nn      VARCHAR(2000),
    title_en      VARCHAR(2000),
    status        VARCHAR(40)  NOT NULL,
    valid_from    DATE,
    valid_to      DATE,
    grep_changed  VARCHAR(40),
    content_hash  VARCHAR(64)  NOT NULL,
    synced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT grep_kompetansemaal_uk UNIQUE (code)
);
CREATE SEQUENCE grep_opplaeringsfag_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grep_opplaeringsfag (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    title_default VARCHAR(400),
    title_nb      VARCHAR(400),
    title_nn      VARCHAR(400),
    title_en      VARCHAR(400),
    status        VARCHAR(40)  NOT NULL,
    valid_from    DATE,
    valid_to      DATE,
    grep_changed  VARCHAR(40),
    content_hash  VARCHAR(64)  NOT NULL,
    synced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    laereplan     VARCHAR(40),
    CONSTRAINT grep_opplaeringsfag_uk UNIQUE (code)
);
CREATE TABLE grep_opplaeringsfag_fagkode (
    opplaeringsfag_id BIGINT NOT NULL,
    fagkode VARCHAR(40) NOT NULL,
    CONSTRAINT grep_opplaeringsfag_fagkode_fk FOREIGN KEY (opplaeringsfag_id) REFERENCES grep_opplaeringsfag (id)
);
CREATE INDEX grep_opplaeringsfag_fagkode_ix ON grep_opplaeringsfag_fagkode (opplaeringsfag_id);
CREATE TABLE grep_opplaeringsfag_programomraade (
    opplaeringsfag_id BIGINT NOT NULL,
    programomraade VARCHAR(40) NOT NULL,
    CONSTRAINT grep_opplaeringsfag_programomraade_fk FOREIGN KEY (opplaeringsfag_id) REFERENCES grep_opplaeringsfag (id)
);
CREATE INDEX grep_opplaeringsfag_programomraade_ix ON grep_opplaeringsfag_programomraade (opplaeringsfag_id);
CREATE TABLE grep_opplaeringsfag_aarstrinn (
    opplaeringsfag_id BIGINT NOT NULL,
    aarstrinn VARCHAR(20) NOT NULL,
    CONSTRAINT grep_opplaeringsfag_aarstrinn_fk FOREIGN KEY (opplaeringsfag_id) REFERENCES grep_opplaeringsfag (id)
);
CREATE INDEX grep_opplaeringsfag_aarstrinn_ix ON grep_opplaeringsfag_aarstrinn (opplaeringsfag_id);
CREATE SEQUENCE grep_fagkode_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grep_fagkode (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    title_default VARCHAR(400),
    title_nb      VARCHAR(400),
    title_nn      VARCHAR(400),
    title_en      VARCHAR(400),
    status        VARCHAR(40)  NOT NULL,
    valid_from    DATE,
    valid_to      DATE,
    grep_changed  VARCHAR(40),
    content_hash  VARCHAR(64)  NOT NULL,
    synced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT grep_fagkode_uk UNIQUE (code)
);
CREATE TABLE grep_fagkode_opplaeringsfag (
    fagkode_id BIGINT NOT NULL,
    opplaeringsfag VARCHAR(40) NOT NULL,
    CONSTRAINT grep_fagkode_opplaeringsfag_fk FOREIGN KEY (fagkode_id) REFERENCES grep_fagkode (id)
);
CREATE INDEX grep_fagkode_opplaeringsfag_ix ON grep_fagkode_opplaeringsfag (fagkode_id);
-- vurderingsordning: per candidate (ELEV, PRIVATIST) whether there is a standpunkt grade, and
-- each exam: form (SKRIFTLIG, MUNTLIG, MUNTLIG_PRAKTISK, PRAKTISK, or Grep's own word) and who
-- sets it (SENTRAL, LOKAL); a candidate without exams has one row with exam_form NULL.
CREATE TABLE grep_fagkode_vurdering (
    fagkode_id  BIGINT      NOT NULL,
    sort_order  INTEGER     NOT NULL,
    candidate   VARCHAR(20) NOT NULL,
    standpunkt  BOOLEAN     NOT NULL,
    exam_form   VARCHAR(40),
    exam_set_by VARCHAR(20),
    CONSTRAINT grep_fagkode_vurdering_fk FOREIGN KEY (fagkode_id) REFERENCES grep_fagkode (id)
);
CREATE INDEX grep_fagkode_vurdering_ix ON grep_fagkode_vurdering (fagkode_id);
CREATE INDEX grep_opplaeringsfag_fagkode_code_ix ON grep_opplaeringsfag_fagkode (fagkode);
CREATE INDEX grep_kompetansemaalsett_plan_ix ON grep_kompetansemaalsett (laereplan);
