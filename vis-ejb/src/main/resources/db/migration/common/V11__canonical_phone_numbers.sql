-- VIS schema, version 11: mobile numbers in one stored form, E.164 (+4741234567), as
-- no.vis.people.PhoneNumber writes them from now on. Numbers stored before in a Norwegian form are
-- rewritten: 8 digits (first 2-9), 0047 + 8 digits, +47 + 8 digits, each with or without spaces,
-- dashes, dots and parentheses. Anything else (foreign numbers, numbers VIS cannot read) is left as
-- it is. Written for both PostgreSQL and H2: REPLACE, LEFT, RIGHT, LENGTH and TRANSLATE only (no
-- regular expressions, whose functions differ). When and from where a number was set does not change.

UPDATE guardian
SET mobile = '+47' || RIGHT(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(mobile, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), 8)
WHERE mobile IS NOT NULL
  AND (LENGTH(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(mobile, ' ', ''), '-', ''), '.', ''), '(', ''), ')', '')) = 8
       OR (LENGTH(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(mobile, ' ', ''), '-', ''), '.', ''), '(', ''), ')', '')) = 12
           AND LEFT(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(mobile, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), 4) = '0047')
       OR (LENGTH(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(mobile, ' ', ''), '-', ''), '.', ''), '(', ''), ')', '')) = 11
           AND LEFT(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(mobile, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), 3) = '+47'))
  -- the last 8 characters are digits (each turned into a space), the first of them 2-9: a Norwegian number
  AND TRIM(TRANSLATE(RIGHT(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(mobile, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), 8),
                     '0123456789', '          ')) = ''
  AND LEFT(RIGHT(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(mobile, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), 8), 1)
      IN ('2', '3', '4', '5', '6', '7', '8', '9')
  AND mobile <> ('+47' || RIGHT(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(mobile, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), 8));
