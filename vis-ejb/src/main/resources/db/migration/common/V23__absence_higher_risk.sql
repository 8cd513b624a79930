-- VIS schema, version 23: a pupil's condition with a higher risk of absence, documented by health
-- personnel (opplæringsforskrifta § 9-8 third paragraph, from 2025/26): while it holds, the pupil's
-- self-certified health absence is treated as documented — it counts toward the limit only until the
-- limit is reached. Only that it is documented, from when and for how long: never the condition itself.

CREATE SEQUENCE absence_higher_risk_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE absence_higher_risk (
    id            BIGINT      NOT NULL PRIMARY KEY,
    student_id    BIGINT      NOT NULL,
    documented_on DATE        NOT NULL,
    valid_from    DATE        NOT NULL,
    valid_to      DATE,
    recorded_by   VARCHAR(64) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_by      VARCHAR(64),
    ended_at      TIMESTAMP WITH TIME ZONE,
    version       BIGINT      NOT NULL,
    CONSTRAINT absence_higher_risk_student_fk FOREIGN KEY (student_id) REFERENCES student (id) ON DELETE CASCADE,
    CONSTRAINT absence_higher_risk_period_ck CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX absence_higher_risk_student_ix ON absence_higher_risk (student_id, valid_from);
