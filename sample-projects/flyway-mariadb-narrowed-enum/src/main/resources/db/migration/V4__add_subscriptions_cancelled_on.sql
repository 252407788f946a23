-- NULL while the subscription runs.
ALTER TABLE subscriptions ADD COLUMN cancelled_on DATE NULL AFTER started_on;
