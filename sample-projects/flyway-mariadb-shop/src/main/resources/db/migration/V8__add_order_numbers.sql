-- Customer-facing order numbers, separate from the internal id. New orders get theirs from
-- the application; the orders placed so far are numbered after their id.
ALTER TABLE orders ADD COLUMN order_number VARCHAR(24) NULL AFTER id;

-- updated_at = updated_at: numbering old orders is no change to them (see V6).
UPDATE orders
   SET order_number = CONCAT('SO-', id),
       updated_at = updated_at;

-- Every statement here commits on its own: only now that each order has a number can the
-- column become NOT NULL and unique.
ALTER TABLE orders
    MODIFY order_number VARCHAR(24) NOT NULL,
    ADD CONSTRAINT orders_order_number_key UNIQUE (order_number);
