-- One trigger per event, each calling the same procedure. Rows deleted by ON DELETE CASCADE
-- fire no trigger, which is what we want: their order is being deleted too.
DELIMITER $$

CREATE PROCEDURE refresh_order_total(IN changed_order_id BIGINT UNSIGNED)
    MODIFIES SQL DATA
    COMMENT 'Recomputes orders.total_amount from the order''s lines; called by the order_lines triggers.'
BEGIN
    UPDATE orders
       SET total_amount = (SELECT COALESCE(SUM(l.quantity * l.unit_price), 0)
                             FROM order_lines l
                            WHERE l.order_id = changed_order_id)
     WHERE id = changed_order_id;
END$$

CREATE TRIGGER order_lines_after_insert
    AFTER INSERT ON order_lines
    FOR EACH ROW
BEGIN
    CALL refresh_order_total(NEW.order_id);
END$$

CREATE TRIGGER order_lines_after_update
    AFTER UPDATE ON order_lines
    FOR EACH ROW
BEGIN
    CALL refresh_order_total(NEW.order_id);
    -- A line moved to another order: the order it left needs a new total too.
    IF OLD.order_id <> NEW.order_id THEN
        CALL refresh_order_total(OLD.order_id);
    END IF;
END$$

CREATE TRIGGER order_lines_after_delete
    AFTER DELETE ON order_lines
    FOR EACH ROW
BEGIN
    CALL refresh_order_total(OLD.order_id);
END$$

DELIMITER ;
