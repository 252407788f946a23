ALTER TABLE posts ADD COLUMN pinned boolean NOT NULL DEFAULT false;
