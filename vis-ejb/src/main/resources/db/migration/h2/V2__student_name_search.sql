-- H2 (the embedded demo database) has no trigram index; a plain index helps prefix searches.
CREATE INDEX student_search_name_ix ON student (search_name);
