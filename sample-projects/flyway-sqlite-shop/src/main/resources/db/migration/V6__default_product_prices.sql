-- SQLite cannot change a column's default: rebuild the table, carrying every column and row.
CREATE TABLE products_new (
    id          INTEGER PRIMARY KEY,
    sku         TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    price_cents INTEGER NOT NULL DEFAULT 0 CHECK (price_cents >= 0)
);
INSERT INTO products_new (id, sku, name, price_cents)
    SELECT id, sku, name, price_cents FROM products;
DROP TABLE products;
ALTER TABLE products_new RENAME TO products;
