CREATE TABLE order_lines (
    order_id   bigint        NOT NULL,
    line_no    smallint      NOT NULL,
    product_id bigint        NOT NULL,
    quantity   integer       NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id)
        REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id)
        REFERENCES products (id),
    CONSTRAINT order_lines_quantity_check CHECK (quantity BETWEEN 1 AND 999)
);

CREATE INDEX order_lines_product_id_idx ON order_lines (product_id);
