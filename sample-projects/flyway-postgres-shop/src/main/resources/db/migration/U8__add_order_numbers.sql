-- Dropping the column also drops orders_order_number_key and order_number_seq,
-- which is owned by the column.
ALTER TABLE orders DROP COLUMN order_number;
