CREATE TABLE visits (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id     bigint       NOT NULL,
    visited_at    timestamptz  NOT NULL DEFAULT now(),
    amount_spent  numeric(8,2) NOT NULL,
    points_earned integer      NOT NULL DEFAULT 0,
    CONSTRAINT visits_member_id_fkey FOREIGN KEY (member_id)
        REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT visits_amount_spent_check CHECK (amount_spent >= 0),
    CONSTRAINT visits_points_earned_check CHECK (points_earned >= 0)
);

CREATE INDEX visits_member_id_visited_at_idx ON visits (member_id, visited_at DESC);
