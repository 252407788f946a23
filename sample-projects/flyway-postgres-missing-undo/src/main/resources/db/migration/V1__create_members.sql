CREATE TABLE members (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    card_number varchar(16)  NOT NULL,
    name        varchar(100) NOT NULL,
    email       varchar(254),
    joined_on   date         NOT NULL DEFAULT current_date,
    CONSTRAINT members_card_number_key UNIQUE (card_number)
);
