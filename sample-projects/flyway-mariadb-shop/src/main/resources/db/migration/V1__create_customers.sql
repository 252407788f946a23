CREATE TABLE customers (
    id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    email      VARCHAR(254)    NOT NULL,
    full_name  VARCHAR(200)    NOT NULL,
    created_at DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT customers_email_key UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
