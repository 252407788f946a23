DROP INDEX users_note_idx;
