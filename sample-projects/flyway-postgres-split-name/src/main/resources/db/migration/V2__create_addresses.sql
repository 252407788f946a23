CREATE TABLE addresses (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint      NOT NULL,
    line1        text        NOT NULL,
    line2        text,
    postal_code  varchar(16),
    city         text        NOT NULL,
    country_code char(2)     NOT NULL,
    CONSTRAINT addresses_customer_id_fkey FOREIGN KEY (customer_id)
        REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX addresses_customer_id_idx ON addresses (customer_id);
