ALTER TABLE orders ADD COLUMN total_amount numeric(14,2) NOT NULL DEFAULT 0;

-- Existing orders get the total of their lines.
UPDATE orders o
   SET total_amount = l.amount
  FROM (SELECT order_id, sum(quantity * unit_price) AS amount
          FROM order_lines
         GROUP BY order_id) l
 WHERE l.order_id = o.id;
