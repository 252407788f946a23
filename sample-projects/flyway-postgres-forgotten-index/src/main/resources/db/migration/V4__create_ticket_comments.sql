CREATE TABLE ticket_comments (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id  bigint      NOT NULL,
    -- NULL when the customer wrote the comment.
    author_id  bigint,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ticket_comments_ticket_id_fkey FOREIGN KEY (ticket_id)
        REFERENCES tickets (id) ON DELETE CASCADE,
    CONSTRAINT ticket_comments_author_id_fkey FOREIGN KEY (author_id)
        REFERENCES agents (id) ON DELETE SET NULL
);

CREATE INDEX ticket_comments_ticket_id_created_at_idx ON ticket_comments (ticket_id, created_at);
