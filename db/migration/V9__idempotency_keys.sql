-- Idempotency-Key on creating POSTs: the key a client sent (per signed-in user), a fingerprint of the request
-- it came with, and, once the request has finished, the response to replay. Kept 24 hours. A row is written
-- (RUNNING) before the request runs, and completed in the same transaction as the request's own changes, so a
-- retried request is never applied twice, even when the client never saw the first answer.
CREATE TABLE idempotency_key (
  owner        VARCHAR(100)  COLLATE utf8mb4_bin NOT NULL,
  idem_key     VARCHAR(255)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  fingerprint  CHAR(64)      CHARACTER SET ascii NOT NULL,
  state        VARCHAR(10)   NOT NULL,
  created_at   DATETIME(3)   NOT NULL,
  status_code  SMALLINT      NULL,
  content_type VARCHAR(200)  NULL,
  location     VARCHAR(2000) NULL,
  etag         VARCHAR(200)  NULL,
  body         MEDIUMBLOB    NULL,
  PRIMARY KEY (owner, idem_key),
  KEY ix_idempotency_key_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
