CREATE TABLE products (
    id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    sku        VARCHAR(32)     NOT NULL,
    name       VARCHAR(200)    NOT NULL,
    price      DECIMAL(10,2)   NOT NULL,
    active     TINYINT(1)      NOT NULL DEFAULT 1,
    created_at DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT products_sku_key UNIQUE (sku),
    CONSTRAINT products_price_check CHECK (price >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
