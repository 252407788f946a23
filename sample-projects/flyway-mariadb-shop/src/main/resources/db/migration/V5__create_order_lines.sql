CREATE TABLE order_lines (
    order_id   BIGINT UNSIGNED   NOT NULL,
    line_no    SMALLINT UNSIGNED NOT NULL,
    product_id BIGINT UNSIGNED   NOT NULL,
    quantity   INT               NOT NULL,
    unit_price DECIMAL(10,2)     NOT NULL,
    -- The primary key starts with order_id, so it also serves the foreign key to orders.
    PRIMARY KEY (order_id, line_no),
    INDEX order_lines_product_id_idx (product_id),
    CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id)
        REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id)
        REFERENCES products (id),
    CONSTRAINT order_lines_quantity_check CHECK (quantity BETWEEN 1 AND 999)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
