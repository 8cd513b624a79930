-- VIS schema, version 21: a subject teacher's entry that the contact teacher's day absence replaced is kept
-- on the row (what it said, by whom, when), so that removing the day absence puts it back.

ALTER TABLE absence ADD COLUMN replaced_kind VARCHAR(10);
ALTER TABLE absence ADD COLUMN replaced_minutes SMALLINT;
ALTER TABLE absence ADD COLUMN replaced_code_id BIGINT;
ALTER TABLE absence ADD COLUMN replaced_documentation VARCHAR(24);
ALTER TABLE absence ADD COLUMN replaced_by VARCHAR(64);
ALTER TABLE absence ADD COLUMN replaced_at TIMESTAMP WITH TIME ZONE;
