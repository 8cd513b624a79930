-- Substring search on pupils' names ("contains", every word) answered from a trigram index,
-- so a name filter stays fast at national scale (190,000 pupils).
-- pg_trgm is a trusted extension: the owner of the database may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX student_search_name_trgm_ix ON student USING gin (search_name gin_trgm_ops);
