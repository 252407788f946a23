ALTER TABLE customers DROP COLUMN marketing_opt_in;
