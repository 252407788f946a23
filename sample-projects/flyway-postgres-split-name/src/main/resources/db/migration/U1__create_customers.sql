-- Also drops the identity sequence, the primary key and customers_email_key.
DROP TABLE customers;
