-- Letters and shipping labels need the first name and the last name apart.
--
-- The name is cut at its first space: first_name is everything before that space
-- (the whole name when there is none), last_name everything after it, or NULL when
-- there is no space at all. Nothing is trimmed or collapsed, so for every existing
-- name first_name || ' ' || last_name (first_name alone when last_name is NULL) is
-- the name again, and U3 rebuilds full_name from the two columns exactly.
ALTER TABLE customers
    ADD COLUMN first_name text,
    ADD COLUMN last_name  text;

UPDATE customers
   SET first_name = split_part(full_name, ' ', 1),
       last_name  = CASE WHEN strpos(full_name, ' ') > 0
                         THEN substr(full_name, strpos(full_name, ' ') + 1)
                    END;

ALTER TABLE customers ALTER COLUMN first_name SET NOT NULL;

ALTER TABLE customers DROP COLUMN full_name;
