-- The order history page lists a customer's orders, newest first. The new index
-- also serves lookups by customer alone, so the single-column one goes.
CREATE INDEX orders_customer_id_created_at_idx ON orders (customer_id, created_at DESC);

DROP INDEX orders_customer_id_idx;

-- The fulfilment queue only ever looks at pending orders.
CREATE INDEX orders_pending_created_at_idx ON orders (created_at) WHERE status = 'pending';
