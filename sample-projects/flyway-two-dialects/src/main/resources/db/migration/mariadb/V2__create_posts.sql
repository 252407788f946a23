CREATE TABLE posts (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    member_id    BIGINT UNSIGNED NOT NULL,
    title        VARCHAR(200)    NOT NULL,
    body         TEXT            NOT NULL,
    -- NULL while the post is a draft.
    published_at DATETIME(6)     NULL,
    PRIMARY KEY (id),
    INDEX posts_member_id_idx (member_id),
    CONSTRAINT posts_member_id_fkey FOREIGN KEY (member_id)
        REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
