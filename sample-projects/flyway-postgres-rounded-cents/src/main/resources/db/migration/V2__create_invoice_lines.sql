-- Electricity, gas and fuel are priced in fractions of a cent (0.2731 per kWh,
-- 1.7490 per litre), so unit prices keep four decimals.
CREATE TABLE invoice_lines (
    invoice_id  bigint        NOT NULL,
    line_no     smallint      NOT NULL,
    description varchar(500)  NOT NULL,
    quantity    numeric(12,3) NOT NULL,
    unit_price  numeric(12,4) NOT NULL,
    CONSTRAINT invoice_lines_pkey PRIMARY KEY (invoice_id, line_no),
    CONSTRAINT invoice_lines_invoice_id_fkey FOREIGN KEY (invoice_id)
        REFERENCES invoices (id) ON DELETE CASCADE,
    CONSTRAINT invoice_lines_quantity_check CHECK (quantity > 0),
    -- A unit price above a million is a typing error.
    CONSTRAINT invoice_lines_unit_price_check CHECK (unit_price BETWEEN 0 AND 1000000)
);
