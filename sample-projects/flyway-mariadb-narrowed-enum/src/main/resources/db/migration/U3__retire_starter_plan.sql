-- The plans as V2 created them. Which subscriptions were on the starter plan, V3 did not
-- keep: they stay on the team plan.
ALTER TABLE subscriptions
    MODIFY plan ENUM('free', 'starter', 'team', 'enterprise') NOT NULL DEFAULT 'free';
