-- Discounted prices are coming; the catalogue price becomes the list price.
-- MySQL 8 refuses to rename a column that a CHECK constraint uses, so the constraint is
-- dropped and added again under an honest name, in the same statement as the rename:
-- one ALTER TABLE is applied whole or not at all.
ALTER TABLE products
    DROP CONSTRAINT products_price_check,
    RENAME COLUMN price TO list_price,
    ADD CONSTRAINT products_list_price_check CHECK (list_price >= 0);
