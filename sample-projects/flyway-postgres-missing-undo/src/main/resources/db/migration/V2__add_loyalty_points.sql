ALTER TABLE members
    ADD COLUMN loyalty_points integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT members_loyalty_points_check CHECK (loyalty_points >= 0);
