ALTER TABLE subscriptions DROP COLUMN cancelled_on;
