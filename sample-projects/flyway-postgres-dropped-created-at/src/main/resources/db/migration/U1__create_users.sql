-- Also drops the identity sequence, the primary key and users_email_key.
DROP TABLE users;
