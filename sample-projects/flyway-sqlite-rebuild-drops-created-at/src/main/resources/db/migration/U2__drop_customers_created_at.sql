-- SQLite adds no column whose default is not a constant: rebuild the table with created_at back,
-- filled by its default.
CREATE TABLE customers_old (
    id         INTEGER PRIMARY KEY,
    email      TEXT    NOT NULL UNIQUE,
    name       TEXT    NOT NULL,
    created_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO customers_old (id, email, name) SELECT id, email, name FROM customers;
DROP TABLE customers;
ALTER TABLE customers_old RENAME TO customers;
