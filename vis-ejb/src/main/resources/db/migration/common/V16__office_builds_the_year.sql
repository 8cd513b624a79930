-- VIS schema, version 16: the office builds the school year in VIS. A teaching group that has had
-- pupils, teachers or lessons is never deleted: it is ended (archived) on a day, its memberships,
-- teachers and weekly lessons ended that day too, and the history kept.

ALTER TABLE teaching_group ADD ended_on DATE;
