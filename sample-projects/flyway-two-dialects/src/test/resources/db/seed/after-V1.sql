-- Plain INSERTs that PostgreSQL and MariaDB read alike: one seed script serves both
-- dialects. Two of the names are longer than the 20 characters V3 allows.
INSERT INTO members (email, display_name) VALUES
    ('anna@example.org', 'Anna'),
    ('maximilian@example.de', 'Maximilian von Hohenzollern-Sigmaringen'),
    ('aoife@example.ie', 'Aoife Ní Bhriain'),
    ('kenji@example.jp', '山田 健二 (Yamada Kenji), Kyōto');
