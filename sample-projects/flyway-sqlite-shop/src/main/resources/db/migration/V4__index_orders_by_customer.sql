CREATE INDEX orders_customer ON orders (customer_id, placed_at DESC);
