CREATE TABLE members (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    email        VARCHAR(254)    NOT NULL,
    display_name VARCHAR(100)    NOT NULL,
    joined_at    DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT members_email_key UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
