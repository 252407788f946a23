CREATE TABLE rewards (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        varchar(100) NOT NULL,
    points_cost integer      NOT NULL,
    available   boolean      NOT NULL DEFAULT true,
    CONSTRAINT rewards_name_key UNIQUE (name),
    CONSTRAINT rewards_points_cost_check CHECK (points_cost > 0)
);
