-- The starter plan is retired: its subscribers move to the team plan at the same price.
-- Under strict sql_mode (MariaDB's and MySQL's default) MODIFY refuses to drop an ENUM
-- member that rows still hold ("Data truncated for column 'plan'"), so the rows move first.
UPDATE subscriptions SET plan = 'team' WHERE plan = 'starter';

ALTER TABLE subscriptions
    MODIFY plan ENUM('free', 'team', 'enterprise') NOT NULL DEFAULT 'free';
