-- Sign-up times moved to the audit service. SQLite's way to drop a column that an index or a
-- constraint might use: rebuild the table without it.
CREATE TABLE customers_new (
    id    INTEGER PRIMARY KEY,
    email TEXT    NOT NULL UNIQUE,
    name  TEXT    NOT NULL
);
INSERT INTO customers_new (id, email, name) SELECT id, email, name FROM customers;
DROP TABLE customers;
ALTER TABLE customers_new RENAME TO customers;
