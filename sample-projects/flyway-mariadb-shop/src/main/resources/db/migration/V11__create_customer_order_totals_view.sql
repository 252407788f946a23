CREATE VIEW customer_order_totals AS
SELECT c.id                               AS customer_id,
       c.email,
       COUNT(o.id)                        AS order_count,
       COALESCE(SUM(o.total_amount), 0)   AS lifetime_value,
       MAX(o.created_at)                  AS last_order_at
  FROM customers c
  LEFT JOIN orders o
         ON o.customer_id = c.id
        AND o.status <> 'cancelled'
 GROUP BY c.id, c.email;
