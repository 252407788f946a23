-- A few customers on every plan, three of them on the starter plan, so that V3 has
-- subscriptions to move whatever rows the generator made.
INSERT INTO accounts (name, created_at) VALUES ('Bäckerei Müller', '2021-04-01 08:00:00');
INSERT INTO subscriptions (account_id, plan, seats, started_on)
    VALUES (LAST_INSERT_ID(), 'starter', 3, '2021-04-01');

INSERT INTO accounts (name, created_at) VALUES ('Nordlicht Design', '2022-09-15 14:30:00');
INSERT INTO subscriptions (account_id, plan, seats, started_on)
    VALUES (LAST_INSERT_ID(), 'starter', 5, '2022-09-15');

INSERT INTO accounts (name, created_at) VALUES ('Café Olé', '2023-01-31 23:59:59.999999');
INSERT INTO subscriptions (account_id, plan, seats, started_on)
    VALUES (LAST_INSERT_ID(), 'starter', 1, '2023-02-01');

INSERT INTO accounts (name, created_at) VALUES ('田中コンサルティング', '2020-02-29 09:00:00');
INSERT INTO subscriptions (account_id, plan, seats, started_on)
    VALUES (LAST_INSERT_ID(), 'team', 12, '2020-03-01');

INSERT INTO accounts (name, created_at) VALUES ('Hobby project', '2024-06-01 12:00:00');
INSERT INTO subscriptions (account_id, plan, seats, started_on)
    VALUES (LAST_INSERT_ID(), 'free', 1, '2024-06-01');

INSERT INTO accounts (name, created_at) VALUES ('Globex Corporation', '2019-11-05 10:15:00');
INSERT INTO subscriptions (account_id, plan, seats, started_on)
    VALUES (LAST_INSERT_ID(), 'enterprise', 250, '2019-11-05');
