SELECT pg_sleep(120);
