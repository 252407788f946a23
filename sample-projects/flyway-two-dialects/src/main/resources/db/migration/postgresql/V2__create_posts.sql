CREATE TABLE posts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id    bigint       NOT NULL,
    title        varchar(200) NOT NULL,
    body         text         NOT NULL,
    -- NULL while the post is a draft.
    published_at timestamptz,
    CONSTRAINT posts_member_id_fkey FOREIGN KEY (member_id)
        REFERENCES members (id) ON DELETE CASCADE
);

CREATE INDEX posts_member_id_idx ON posts (member_id);
