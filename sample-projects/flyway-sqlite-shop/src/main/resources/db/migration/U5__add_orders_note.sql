-- SQLite 3.35 and later drop a column that no index, key or view uses
ALTER TABLE orders DROP COLUMN note;
