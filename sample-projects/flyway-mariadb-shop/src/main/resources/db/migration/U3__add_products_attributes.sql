-- On MariaDB this also drops the json_valid() CHECK that came with the column.
ALTER TABLE products DROP COLUMN attributes;
