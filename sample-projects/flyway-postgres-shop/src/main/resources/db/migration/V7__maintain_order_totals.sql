CREATE FUNCTION refresh_order_total() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    changed_order_id bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed_order_id := OLD.order_id;
    ELSE
        changed_order_id := NEW.order_id;
    END IF;

    UPDATE orders
       SET total_amount = coalesce((SELECT sum(l.quantity * l.unit_price)
                                      FROM order_lines l
                                     WHERE l.order_id = changed_order_id), 0)
     WHERE id = changed_order_id;

    -- A line moved to another order: the order it left needs a new total too.
    IF TG_OP = 'UPDATE' AND OLD.order_id <> NEW.order_id THEN
        UPDATE orders
           SET total_amount = coalesce((SELECT sum(l.quantity * l.unit_price)
                                          FROM order_lines l
                                         WHERE l.order_id = OLD.order_id), 0)
         WHERE id = OLD.order_id;
    END IF;

    RETURN NULL;
END;
$$;

COMMENT ON FUNCTION refresh_order_total() IS
    'Recomputes orders.total_amount from the order''s lines; fired by order_lines_refresh_order_total.';

CREATE TRIGGER order_lines_refresh_order_total
    AFTER INSERT OR UPDATE OR DELETE ON order_lines
    FOR EACH ROW EXECUTE FUNCTION refresh_order_total();
