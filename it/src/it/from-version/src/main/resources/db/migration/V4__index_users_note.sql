CREATE INDEX users_note_idx ON users (note);
