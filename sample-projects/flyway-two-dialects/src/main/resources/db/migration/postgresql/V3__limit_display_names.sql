-- The mobile app prints display names on badges of 20 characters. New and changed names must
-- fit; NOT VALID adds the rule without checking the names members already have, so nobody
-- loses a character of the name they chose.
ALTER TABLE members
    ADD CONSTRAINT members_display_name_length_check
    CHECK (char_length(display_name) <= 20) NOT VALID;
