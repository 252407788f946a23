-- loses every signup time: U2 brings the column back filled with the time of the rollback
ALTER TABLE users DROP COLUMN created_at;
