-- roundtrip:allow data-lost "signup times live in the audit service since 2026-03"
ALTER TABLE users DROP COLUMN created_at;
