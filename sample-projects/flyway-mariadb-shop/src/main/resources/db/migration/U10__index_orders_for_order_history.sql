DROP INDEX orders_status_created_at_idx ON orders;

-- Recreate the index V10 dropped, exactly as V4 created it, before dropping the composite
-- one: the foreign key to customers needs one of them at every moment.
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

DROP INDEX orders_customer_id_created_at_idx ON orders;
