-- Discounted prices are coming; the catalogue price becomes the list price.
ALTER TABLE products RENAME COLUMN price TO list_price;

-- PostgreSQL keeps constraint names when a column is renamed; keep the name honest.
ALTER TABLE products RENAME CONSTRAINT products_price_check TO products_list_price_check;
