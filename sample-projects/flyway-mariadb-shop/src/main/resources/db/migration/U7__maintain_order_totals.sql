-- The triggers first: until they are gone, every change to order_lines calls the procedure.
DROP TRIGGER order_lines_after_delete;
DROP TRIGGER order_lines_after_update;
DROP TRIGGER order_lines_after_insert;

DROP PROCEDURE refresh_order_total;
