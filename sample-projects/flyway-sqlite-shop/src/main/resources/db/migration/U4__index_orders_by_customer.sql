DROP INDEX orders_customer;
