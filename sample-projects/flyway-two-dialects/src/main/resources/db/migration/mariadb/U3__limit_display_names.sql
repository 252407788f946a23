-- The column as V1 created it. The names V3 shortened stay short: nothing kept the rest.
ALTER TABLE members MODIFY display_name VARCHAR(100) NOT NULL;
