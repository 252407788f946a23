-- The mobile app prints display names on badges of 20 characters. MariaDB checks every
-- existing row when a CHECK constraint is added and has no NOT VALID, and a narrower column
-- refuses longer values under strict sql_mode ("Data too long for column"): so the longer
-- names are cut to 20 characters first, then the column is narrowed. What was cut off is gone.
UPDATE members
   SET display_name = LEFT(display_name, 20)
 WHERE CHAR_LENGTH(display_name) > 20;

ALTER TABLE members MODIFY display_name VARCHAR(20) NOT NULL;
