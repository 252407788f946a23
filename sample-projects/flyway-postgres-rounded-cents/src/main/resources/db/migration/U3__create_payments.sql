-- Also drops payments_invoice_id_idx and the foreign key to invoices.
DROP TABLE payments;
