-- Signup time now lives in the audit service.
ALTER TABLE users DROP COLUMN created_at;
