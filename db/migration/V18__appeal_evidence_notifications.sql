-- Union appeals, the rest of issue 10: the outcome and re-banding an upheld decision made, evidence files, and
-- notifications. Dates are days; times are UTC DATETIME(3).

-- An upheld (or partly upheld) outcome appeal publishes a new outcome under the same scheme version and drafts a
-- re-banding from it. rebanding_id has no foreign key: a draft re-banding may be discarded (deleted), and the
-- appeal keeps the id it drafted.
ALTER TABLE appeal
  ADD COLUMN revised_evaluation_id CHAR(36) NULL,
  ADD COLUMN rebanding_id          CHAR(36) NULL,
  ADD CONSTRAINT fk_appeal_revised_evaluation FOREIGN KEY (revised_evaluation_id) REFERENCES evaluation (id);
CREATE INDEX ix_appeal_rebanding ON appeal (rebanding_id);

-- Evidence attached to an appeal. Nothing is deleted once lodged: a withdrawn file is marked (withdrawn_at) and
-- kept. media_type is the type found from the content, never the name. The bytes are kept in 1 MB chunks (as the
-- staff imports are, see V13), so no single packet exceeds MariaDB's default max_allowed_packet.
CREATE TABLE appeal_evidence (
  id               CHAR(36)      NOT NULL,
  appeal_id        CHAR(36)      NOT NULL,
  file_name        VARCHAR(255)  NOT NULL,
  media_type       VARCHAR(100)  NOT NULL,
  size_bytes       BIGINT        NOT NULL,
  sha256           CHAR(64)      NOT NULL,
  description      VARCHAR(1000) NULL,
  uploaded_by      CHAR(36)      NOT NULL,
  uploaded_by_name VARCHAR(100)  NOT NULL,
  uploaded_at      DATETIME(3)   NOT NULL,
  withdrawn_at     DATETIME(3)   NULL,
  withdrawn_by     VARCHAR(100)  NULL,
  withdrawn_reason VARCHAR(1000) NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_appeal_evidence_appeal (appeal_id, uploaded_at),
  CONSTRAINT fk_appeal_evidence_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id),
  CONSTRAINT fk_appeal_evidence_user FOREIGN KEY (uploaded_by) REFERENCES app_user (id),
  CONSTRAINT ck_appeal_evidence_size CHECK (size_bytes > 0 AND size_bytes <= 10485760)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE appeal_evidence_chunk (
  evidence_id CHAR(36)   NOT NULL,
  seq         INT        NOT NULL,
  data        MEDIUMBLOB NOT NULL,
  PRIMARY KEY (evidence_id, seq),
  CONSTRAINT fk_appeal_evidence_chunk FOREIGN KEY (evidence_id) REFERENCES appeal_evidence (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Notifications, one per person and event, read or unread; a later e-mail channel sends the same rows.
-- dedup_key makes an event's notification once per person (the deadline sweep may run on several instances).
CREATE TABLE notification (
  id         CHAR(36)     NOT NULL,
  user_id    CHAR(36)     NOT NULL,
  kind       VARCHAR(30)  NOT NULL,
  appeal_id  CHAR(36)     NULL,
  text       VARCHAR(500) NOT NULL,
  dedup_key  VARCHAR(150) NOT NULL,
  created_at DATETIME(3)  NOT NULL,
  read_at    DATETIME(3)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_notification_event (user_id, dedup_key),
  KEY ix_notification_user (user_id, read_at, created_at),
  CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_notification_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which hour the deadline sweep last ran: an instance claims an hour with a conditional UPDATE, so one sweeps it.
CREATE TABLE notification_sweep (
  name     VARCHAR(50) NOT NULL,
  last_run DATETIME(3) NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO notification_sweep (name, last_run) VALUES ('appeal-deadlines', NULL);
