CREATE TABLE payments (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id  bigint        NOT NULL,
    amount      numeric(14,2) NOT NULL,
    received_at timestamptz   NOT NULL DEFAULT now(),
    -- The bank's reference; NULL for cash.
    reference   varchar(100),
    -- Paid invoices are kept; a payment is never deleted with its invoice.
    CONSTRAINT payments_invoice_id_fkey FOREIGN KEY (invoice_id)
        REFERENCES invoices (id) ON DELETE RESTRICT,
    CONSTRAINT payments_amount_check CHECK (amount > 0)
);

CREATE INDEX payments_invoice_id_idx ON payments (invoice_id);
