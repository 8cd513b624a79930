-- VIS schema, version 5: the guardian model (address with protection, the refusal to give a
-- fødselsnummer, contact details with their source, language), the basis of a guardianship and
-- why it ended, the consents that let a guardian of a pupil of 18 or more keep seeing the pupil,
-- a pupil's leaving date, the county's setting for orden/atferd, and the access log.

ALTER TABLE guardian ADD street VARCHAR(200);
ALTER TABLE guardian ADD postal_code VARCHAR(4);
ALTER TABLE guardian ADD postal_place VARCHAR(100);
ALTER TABLE guardian ADD address_protection VARCHAR(20) DEFAULT 'UGRADERT' NOT NULL;
-- the guardian refuses to give a fødselsnummer: no portal login, the school uses analog channels
ALTER TABLE guardian ADD fnr_refused BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE guardian ADD mobile VARCHAR(20);
ALTER TABLE guardian ADD mobile_source VARCHAR(10);
ALTER TABLE guardian ADD mobile_set_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE guardian ADD email VARCHAR(254);
ALTER TABLE guardian ADD email_source VARCHAR(10);
ALTER TABLE guardian ADD email_set_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE guardian ADD preferred_language VARCHAR(2) DEFAULT 'nb' NOT NULL;
ALTER TABLE guardian ADD created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE guardian ADD CONSTRAINT guardian_fnr_refused_ck CHECK (fnr IS NULL OR fnr_refused = FALSE);
ALTER TABLE guardian ADD CONSTRAINT guardian_protection_ck CHECK (address_protection IN
    ('UGRADERT', 'KLIENTADRESSE', 'FORTROLIG', 'STRENGT_FORTROLIG'));
ALTER TABLE guardian ADD CONSTRAINT guardian_mobile_source_ck CHECK (mobile_source IN ('KRR', 'GUARDIAN', 'STAFF'));
ALTER TABLE guardian ADD CONSTRAINT guardian_email_source_ck CHECK (email_source IN ('KRR', 'GUARDIAN', 'STAFF'));
ALTER TABLE guardian ADD CONSTRAINT guardian_language_ck CHECK (preferred_language IN ('nb', 'nn', 'en'));

-- basis: Folkeregisteret's foreldreansvar (with its ansvar value) or registered by staff with a reason
ALTER TABLE guardianship ADD basis VARCHAR(20) DEFAULT 'FOLKEREGISTERET' NOT NULL;
ALTER TABLE guardianship ADD responsibility VARCHAR(10);
ALTER TABLE guardianship ADD manual_reason VARCHAR(500);
ALTER TABLE guardianship ADD registered_by VARCHAR(64);
ALTER TABLE guardianship ADD registered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE guardianship ADD end_reason VARCHAR(30);
ALTER TABLE guardianship ADD end_note VARCHAR(500);
ALTER TABLE guardianship ADD ended_by VARCHAR(64);
UPDATE guardianship SET end_reason = 'ENDED_BY_STAFF' WHERE active_to IS NOT NULL;
UPDATE guardianship SET responsibility = 'FELLES' WHERE basis = 'FOLKEREGISTERET';
ALTER TABLE guardianship ADD CONSTRAINT guardianship_basis_ck CHECK (basis IN ('FOLKEREGISTERET', 'MANUAL'));
ALTER TABLE guardianship ADD CONSTRAINT guardianship_register_ck CHECK (basis <> 'FOLKEREGISTERET' OR responsibility IS NOT NULL);
ALTER TABLE guardianship ADD CONSTRAINT guardianship_manual_ck CHECK (basis <> 'MANUAL' OR manual_reason IS NOT NULL);
ALTER TABLE guardianship ADD CONSTRAINT guardianship_ended_ck CHECK (active_to IS NULL OR end_reason IS NOT NULL);
ALTER TABLE guardianship ADD CONSTRAINT guardianship_responsibility_ck CHECK (responsibility IN
    ('FELLES', 'MOR', 'FAR', 'MEDMOR', 'ANDRE', 'UKJENT'));

-- the day a pupil left upper secondary school (null while enrolled)
ALTER TABLE student ADD left_on DATE;

-- whether guardians see orden and atferd: a county setting
ALTER TABLE county ADD guardians_see_conduct BOOLEAN DEFAULT FALSE NOT NULL;

-- Consent for a pupil of 18 or more, per guardian: the pupil's consent to share and the
-- guardian's consent to keep their data. Both are needed. Revoked by either party; a new row
-- when given again, so the history stays.
CREATE SEQUENCE consent_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE consent (
    id                BIGINT       NOT NULL PRIMARY KEY,
    student_id        BIGINT       NOT NULL,
    guardian_id       BIGINT       NOT NULL,
    party             VARCHAR(10)  NOT NULL,
    given_on          DATE         NOT NULL,
    form_reference    VARCHAR(100) NOT NULL,
    registered_by     VARCHAR(64)  NOT NULL,
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_on        DATE,
    revoked_by_party  VARCHAR(10),
    revoke_registered_by VARCHAR(64),
    revoke_registered_at TIMESTAMP WITH TIME ZONE,
    version           BIGINT       NOT NULL,
    CONSTRAINT consent_student_fk FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT consent_guardian_fk FOREIGN KEY (guardian_id) REFERENCES guardian (id),
    CONSTRAINT consent_party_ck CHECK (party IN ('PUPIL', 'GUARDIAN')),
    CONSTRAINT consent_revoked_ck CHECK (revoked_on IS NULL OR revoked_by_party IN ('PUPIL', 'GUARDIAN'))
);
CREATE INDEX consent_student_ix ON consent (student_id, guardian_id);
CREATE INDEX consent_guardian_ix ON consent (guardian_id);

-- Every read or change of a pupil's or guardian's personal data, and every refused attempt:
-- who (a pseudonymous VIS user id, or job:<name>), whose (a pupil's or guardian's id — ids
-- only, so the log keeps no personal data once a guardian is deleted), which category, what,
-- when and why (the screen or job). Refusals without a subject have none.
CREATE SEQUENCE access_log_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE access_log (
    id           BIGINT       NOT NULL PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    actor_role   VARCHAR(20),
    subject_kind VARCHAR(10),
    subject_id   BIGINT,
    category     VARCHAR(30),
    action       VARCHAR(10)  NOT NULL,
    purpose      VARCHAR(200) NOT NULL,
    CONSTRAINT access_log_action_ck CHECK (action IN ('READ', 'CHANGE', 'REFUSED')),
    CONSTRAINT access_log_subject_ck CHECK (subject_kind IN ('PUPIL', 'GUARDIAN'))
);
CREATE INDEX access_log_subject_ix ON access_log (subject_kind, subject_id, at);
CREATE INDEX access_log_actor_ix ON access_log (actor, at);
CREATE INDEX access_log_at_ix ON access_log (at);
