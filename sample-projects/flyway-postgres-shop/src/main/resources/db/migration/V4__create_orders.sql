CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint       NOT NULL,
    status      order_status NOT NULL DEFAULT 'pending',
    created_at  timestamptz  NOT NULL DEFAULT now(),
    -- A customer with orders cannot be deleted; close the account instead.
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id)
        REFERENCES customers (id) ON DELETE RESTRICT
);

CREATE INDEX orders_customer_id_idx ON orders (customer_id);
