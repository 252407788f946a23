-- The previous release still selects users.created_at: put the column back
-- exactly as V1 created it.
ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
