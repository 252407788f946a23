-- NULL until the user first logs in after this release.
ALTER TABLE users ADD COLUMN last_login_at timestamptz;
