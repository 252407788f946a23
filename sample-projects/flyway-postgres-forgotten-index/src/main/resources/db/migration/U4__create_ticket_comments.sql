-- Also drops its index and foreign keys.
DROP TABLE ticket_comments;
