CREATE TABLE agents (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email        varchar(254) NOT NULL,
    display_name varchar(100) NOT NULL,
    active       boolean      NOT NULL DEFAULT true,
    CONSTRAINT agents_email_key UNIQUE (email)
);
