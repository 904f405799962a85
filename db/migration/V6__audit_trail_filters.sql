-- The audit trail is filtered by who made a change and by the kind of record, each over a date range and
-- listed newest first: one index per filter, ending in the time, so each filter is an index range scan.
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_type_time ON audit_event (entity_type, occurred_at);
