CREATE TABLE projects (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id   bigint       NOT NULL,
    name       varchar(200) NOT NULL,
    archived   boolean      NOT NULL DEFAULT false,
    created_at timestamptz  NOT NULL DEFAULT now(),
    -- Hand a user's projects over to someone else before deleting the user.
    CONSTRAINT projects_owner_id_fkey FOREIGN KEY (owner_id)
        REFERENCES users (id) ON DELETE RESTRICT
);

CREATE INDEX projects_owner_id_idx ON projects (owner_id);
