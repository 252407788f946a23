-- An agent's queue: their open tickets, most urgent and oldest first.
CREATE INDEX tickets_assignee_open_idx
    ON tickets (assignee_id, priority, opened_at)
    WHERE closed_at IS NULL;
