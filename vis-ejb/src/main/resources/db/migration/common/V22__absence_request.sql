-- VIS schema, version 22: a pupil's request about one of their registered absences — that documentation
-- be registered (health personnel, another ground of § 9-8, not absence at all) or that they were
-- present — and the contact teacher's decision: accepted (the absence changed, in the change log) or
-- rejected with a stated reason. Never free text: no health details.

CREATE SEQUENCE absence_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE absence_request (
    id            BIGINT      NOT NULL PRIMARY KEY,
    student_id    BIGINT      NOT NULL,
    absence_id    BIGINT      NOT NULL,
    on_day        DATE        NOT NULL,
    subject_code  VARCHAR(12) NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    status        VARCHAR(10) NOT NULL,
    rejection     VARCHAR(24),
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by    VARCHAR(64),
    decided_at    TIMESTAMP WITH TIME ZONE,
    version       BIGINT      NOT NULL,
    CONSTRAINT absence_request_student_fk FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT absence_request_kind_ck CHECK (kind IN ('HEALTH_DOCUMENTED', 'OTHER_GROUND', 'NOT_ABSENCE', 'WAS_PRESENT')),
    CONSTRAINT absence_request_status_ck CHECK (status IN ('SENT', 'ACCEPTED', 'REJECTED')),
    CONSTRAINT absence_request_rejection_ck CHECK (rejection IS NULL OR rejection IN ('NO_DOCUMENTATION', 'REGISTERED_CORRECTLY'))
);
-- the absence row may go (a request accepted as present removes it): no foreign key to it
CREATE INDEX absence_request_student_ix ON absence_request (student_id, status);
