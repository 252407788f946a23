DROP INDEX IF EXISTS tickets_assignee_idx;
