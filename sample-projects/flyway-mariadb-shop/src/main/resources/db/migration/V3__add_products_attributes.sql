-- Size, colour, material, voltage: every kind of product has attributes of its own, so
-- they are kept as one JSON document rather than a column each. (MariaDB stores JSON as
-- LONGTEXT with a json_valid() CHECK; MySQL has a JSON type of its own.)
ALTER TABLE products ADD COLUMN attributes JSON NULL AFTER active;
