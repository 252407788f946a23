DROP INDEX orders_pending_created_at_idx;

-- Recreate the index V10 dropped, exactly as V4 created it.
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

DROP INDEX orders_customer_id_created_at_idx;
