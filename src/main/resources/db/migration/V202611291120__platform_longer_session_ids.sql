-- Session ids of 256 random bits (43 characters) instead of UUIDs (122 random bits): OWASP ASVS 5.0
-- asks for at least 128 bits of entropy in a session token.
alter table spring_session alter column session_id type varchar(64);
