-- VIS schema, version 26: underveisvurdering (issue 13): a teacher's formative comment to a pupil in a group's subject,
-- shown to the pupil from a time the teacher may set (null: at once). Never shown to guardians (the guardian access
-- policy's ASSESSMENTS). Deleted with the pupil.
CREATE SEQUENCE formative_comment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE formative_comment (
    id                BIGINT        NOT NULL PRIMARY KEY,
    student_id        BIGINT        NOT NULL,
    teaching_group_id BIGINT        NOT NULL,
    subject_code      VARCHAR(12)   NOT NULL,
    comment_text      VARCHAR(2000) NOT NULL,
    visible_from      TIMESTAMP WITH TIME ZONE,
    written_by        VARCHAR(64)   NOT NULL,
    written_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT formative_comment_student_fk FOREIGN KEY (student_id) REFERENCES student (id) ON DELETE CASCADE,
    CONSTRAINT formative_comment_group_fk FOREIGN KEY (teaching_group_id) REFERENCES teaching_group (id)
);
CREATE INDEX formative_comment_student_ix ON formative_comment (student_id, written_at);
CREATE INDEX formative_comment_group_ix ON formative_comment (teaching_group_id);
