-- Customer-facing order numbers, separate from the internal id.
CREATE SEQUENCE order_number_seq START WITH 100001;

ALTER TABLE orders
    ADD COLUMN order_number bigint NOT NULL DEFAULT nextval('order_number_seq');

ALTER TABLE orders
    ADD CONSTRAINT orders_order_number_key UNIQUE (order_number);

ALTER SEQUENCE order_number_seq OWNED BY orders.order_number;
