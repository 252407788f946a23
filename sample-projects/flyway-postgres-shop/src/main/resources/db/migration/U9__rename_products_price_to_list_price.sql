ALTER TABLE products RENAME CONSTRAINT products_list_price_check TO products_price_check;

ALTER TABLE products RENAME COLUMN list_price TO price;
