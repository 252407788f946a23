CREATE TABLE subscriptions (
    id         BIGINT UNSIGNED   NOT NULL AUTO_INCREMENT,
    account_id BIGINT UNSIGNED   NOT NULL,
    plan       ENUM('free', 'starter', 'team', 'enterprise') NOT NULL DEFAULT 'free',
    seats      SMALLINT UNSIGNED NOT NULL DEFAULT 1,
    started_on DATE              NOT NULL,
    PRIMARY KEY (id),
    INDEX subscriptions_account_id_idx (account_id),
    CONSTRAINT subscriptions_account_id_fkey FOREIGN KEY (account_id)
        REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
