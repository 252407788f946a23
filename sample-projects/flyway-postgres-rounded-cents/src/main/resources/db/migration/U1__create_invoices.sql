-- Also drops the identity sequence, the primary key and invoices_invoice_number_key.
DROP TABLE invoices;
