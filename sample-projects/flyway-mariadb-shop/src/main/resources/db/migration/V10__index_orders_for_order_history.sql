-- The order history page lists a customer's orders, newest first. The new index also
-- serves lookups by customer alone and the foreign key to customers, so the
-- single-column one goes; not before the new one exists, though: InnoDB refuses to
-- drop the last index a foreign key can use.
CREATE INDEX orders_customer_id_created_at_idx ON orders (customer_id, created_at DESC);

DROP INDEX orders_customer_id_idx ON orders;

-- The fulfilment queue lists pending orders, oldest first. There are no partial indexes
-- here, so the status leads the index instead.
CREATE INDEX orders_status_created_at_idx ON orders (status, created_at);
