-- Also drops orders_customer_id_idx and the foreign key to customers.
DROP TABLE orders;
