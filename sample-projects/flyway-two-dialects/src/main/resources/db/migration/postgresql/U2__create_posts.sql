-- Also drops posts_member_id_idx and the foreign key to members.
DROP TABLE posts;
