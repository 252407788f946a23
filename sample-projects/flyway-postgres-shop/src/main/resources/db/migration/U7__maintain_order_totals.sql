DROP TRIGGER order_lines_refresh_order_total ON order_lines;
-- Also drops the function's comment.
DROP FUNCTION refresh_order_total();
