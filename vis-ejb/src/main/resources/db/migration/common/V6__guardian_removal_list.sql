-- VIS schema, version 6: what the nightly job guardian-age-removal removed, for the school office:
-- per pupil and run, how many guardianships ended (the pupil turned 18 without both consents) and
-- how many guardians were deleted (left with no basis). Ids and counts only: the guardians'
-- personal data is gone.
CREATE SEQUENCE guardian_removal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE guardian_removal (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    job_execution_id    BIGINT      NOT NULL,
    removed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    student_id          BIGINT      NOT NULL,
    eighteenth_birthday DATE        NOT NULL,
    guardianships_ended INTEGER     NOT NULL,
    guardians_deleted   INTEGER     NOT NULL,
    CONSTRAINT guardian_removal_student_fk FOREIGN KEY (student_id) REFERENCES student (id)
);
CREATE INDEX guardian_removal_student_ix ON guardian_removal (student_id);
CREATE INDEX guardian_removal_at_ix ON guardian_removal (removed_at);
