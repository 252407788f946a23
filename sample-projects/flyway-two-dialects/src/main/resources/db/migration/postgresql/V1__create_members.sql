CREATE TABLE members (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email        varchar(254) NOT NULL,
    display_name varchar(100) NOT NULL,
    joined_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT members_email_key UNIQUE (email)
);
