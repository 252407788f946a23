ALTER TABLE customers ADD COLUMN full_name text;

-- The inverse of V3's split: put back the space V3 cut at, unless there was none.
UPDATE customers
   SET full_name = first_name || coalesce(' ' || last_name, '');

ALTER TABLE customers ALTER COLUMN full_name SET NOT NULL;

ALTER TABLE customers
    DROP COLUMN first_name,
    DROP COLUMN last_name;
