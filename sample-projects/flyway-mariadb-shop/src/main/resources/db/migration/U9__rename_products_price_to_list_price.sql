ALTER TABLE products
    DROP CONSTRAINT products_list_price_check,
    RENAME COLUMN list_price TO price,
    ADD CONSTRAINT products_price_check CHECK (price >= 0);
