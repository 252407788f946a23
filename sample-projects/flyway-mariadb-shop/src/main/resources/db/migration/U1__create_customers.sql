-- Also drops the primary key and customers_email_key.
DROP TABLE customers;
