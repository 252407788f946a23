CREATE TABLE products_old (
    id          INTEGER PRIMARY KEY,
    sku         TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0)
);
INSERT INTO products_old (id, sku, name, price_cents)
    SELECT id, sku, name, price_cents FROM products;
DROP TABLE products;
ALTER TABLE products_old RENAME TO products;
