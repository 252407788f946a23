-- Also drops projects_owner_id_idx and the foreign key to users.
DROP TABLE projects;
