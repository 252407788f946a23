CREATE TABLE invoices (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_number varchar(20)  NOT NULL,
    customer_name  varchar(200) NOT NULL,
    currency       char(3)      NOT NULL DEFAULT 'EUR',
    issued_on      date         NOT NULL,
    CONSTRAINT invoices_invoice_number_key UNIQUE (invoice_number)
);
