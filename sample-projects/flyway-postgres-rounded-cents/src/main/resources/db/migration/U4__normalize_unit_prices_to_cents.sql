-- Back to four decimals, as V2 created the column.
ALTER TABLE invoice_lines ALTER COLUMN unit_price TYPE numeric(12,4);
