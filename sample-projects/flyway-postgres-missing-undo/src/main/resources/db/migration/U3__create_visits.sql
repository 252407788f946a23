-- Also drops its index, checks and the foreign key to members.
DROP TABLE visits;
