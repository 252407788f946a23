-- The new payment provider only accepts amounts in cents, and invoices have always
-- been printed with two decimals: store unit prices the way they are charged.
ALTER TABLE invoice_lines ALTER COLUMN unit_price TYPE numeric(12,2);
