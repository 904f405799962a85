-- Audit events are listed newest first. Timestamps alone cannot order events written in the same instant (and
-- MySQL Connector/J drops fractional seconds when talking to MariaDB 10.x, which reports itself as 5.5.5), so
-- every event also gets an ever-increasing sequence number, the tie-breaker.
ALTER TABLE audit_event ADD COLUMN seq BIGINT NOT NULL AUTO_INCREMENT UNIQUE;
