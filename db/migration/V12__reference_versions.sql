-- Reference data (pay structures, bands and scales; job evaluation schemes) is read on nearly every page and changes
-- a few times a year, so every instance keeps it in memory. What keeps those copies right across instances is
-- this table: every write to a kind of reference data adds one to its row in the same transaction, and an
-- instance drops its copies of a kind as soon as it sees the row move (it looks at most once a second, and at
-- once after its own writes). The version is also the basis of the ETag of the cached reads.
CREATE TABLE reference_version (
  kind VARCHAR(20) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT pk_reference_version PRIMARY KEY (kind)
);

INSERT INTO reference_version (kind, version) VALUES ('PAY', 1), ('SCHEME', 1);
