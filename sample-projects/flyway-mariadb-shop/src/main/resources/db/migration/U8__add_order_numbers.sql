-- Dropping the column also drops orders_order_number_key, its only column gone.
ALTER TABLE orders DROP COLUMN order_number;
