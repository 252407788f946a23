-- Sign-up times have moved to the audit service (event user.signed_up),
-- and nothing reads users.created_at any more.
ALTER TABLE users DROP COLUMN created_at;
