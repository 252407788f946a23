ALTER TABLE orders
    ADD COLUMN total_amount DECIMAL(14,2) NOT NULL DEFAULT 0.00 AFTER status;

-- Existing orders get the total of their lines. Setting updated_at to itself keeps
-- ON UPDATE CURRENT_TIMESTAMP from stamping every order with the time of the deploy:
-- filling in a new column is not a change to the order.
UPDATE orders o
  JOIN (SELECT order_id, SUM(quantity * unit_price) AS amount
          FROM order_lines
         GROUP BY order_id) l
    ON l.order_id = o.id
   SET o.total_amount = l.amount,
       o.updated_at = o.updated_at;
