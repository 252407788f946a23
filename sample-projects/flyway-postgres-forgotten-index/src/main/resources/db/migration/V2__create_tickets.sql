CREATE TABLE tickets (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject     varchar(200) NOT NULL,
    body        text         NOT NULL,
    -- Unassigned while NULL; tickets of a removed agent go back to the queue.
    assignee_id bigint,
    priority    smallint     NOT NULL DEFAULT 3,
    opened_at   timestamptz  NOT NULL DEFAULT now(),
    closed_at   timestamptz,
    CONSTRAINT tickets_assignee_id_fkey FOREIGN KEY (assignee_id)
        REFERENCES agents (id) ON DELETE SET NULL,
    CONSTRAINT tickets_priority_check CHECK (priority BETWEEN 1 AND 5),
    CONSTRAINT tickets_closed_after_opened CHECK (closed_at IS NULL OR closed_at >= opened_at)
);
