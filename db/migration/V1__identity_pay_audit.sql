-- Bandwise foundation schema: identity, pay structures/bands/scales, and the append-only audit trail.
-- Common subset of MySQL 8.4 and MariaDB 10.11+. Ids are random UUIDs (CHAR(36)); times are UTC DATETIME(3);
-- money is integer pence (BIGINT).

CREATE TABLE app_user (
  id              CHAR(36)     NOT NULL,
  username        VARCHAR(50)  NOT NULL,
  display_name    VARCHAR(100) NOT NULL,
  password_hash   VARCHAR(400) NOT NULL,
  union_code      VARCHAR(10)  NULL,
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  last_sign_in_at DATETIME(3)  NULL,
  created_at      DATETIME(3)  NOT NULL,
  updated_at      DATETIME(3)  NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_app_user_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
  user_id CHAR(36)    NOT NULL,
  role    VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per issued token (its jti). A session is valid while not ended, before its absolute expiry and while
-- last_seen_at is within the idle timeout; ending it (sign-out, disable, password reset) revokes the token.
CREATE TABLE user_session (
  id           CHAR(36)    NOT NULL,
  user_id      CHAR(36)    NOT NULL,
  created_at   DATETIME(3) NOT NULL,
  expires_at   DATETIME(3) NOT NULL,
  last_seen_at DATETIME(3) NOT NULL,
  ended_at     DATETIME(3) NULL,
  end_reason   VARCHAR(20) NULL,
  PRIMARY KEY (id),
  KEY ix_user_session_user (user_id, ended_at),
  CONSTRAINT fk_user_session_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed sign-ins per username (known or not, so throttling reveals nothing), shared by every instance.
CREATE TABLE sign_in_throttle (
  username      VARCHAR(50) NOT NULL,
  failures      INT         NOT NULL,
  window_start  DATETIME(3) NOT NULL,
  blocked_until DATETIME(3) NULL,
  PRIMARY KEY (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pay_structure (
  id          CHAR(36)      NOT NULL,
  code        VARCHAR(30)   NOT NULL,
  name        VARCHAR(100)  NOT NULL,
  description VARCHAR(2000) NULL,
  created_at  DATETIME(3)   NOT NULL,
  updated_at  DATETIME(3)   NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_pay_structure_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pay_zone (
  code       VARCHAR(30)  NOT NULL,
  name       VARCHAR(100) NOT NULL,
  sort_order INT          NOT NULL,
  PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO pay_zone (code, name, sort_order) VALUES ('NATIONAL', 'National', 1), ('LONDON', 'London', 2);

CREATE TABLE pay_band (
  id                   CHAR(36)      NOT NULL,
  structure_id         CHAR(36)      NOT NULL,
  code                 VARCHAR(10)   NOT NULL,
  name                 VARCHAR(100)  NOT NULL,
  band_rank            INT           NOT NULL,
  description          VARCHAR(2000) NULL,
  open_to_new_entrants BOOLEAN       NOT NULL DEFAULT TRUE,
  retired              BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at           DATETIME(3)   NOT NULL,
  updated_at           DATETIME(3)   NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_pay_band_structure_code UNIQUE (structure_id, code),
  KEY ix_pay_band_structure_rank (structure_id, band_rank),
  CONSTRAINT fk_pay_band_structure FOREIGN KEY (structure_id) REFERENCES pay_structure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- min_pence/max_pence are the lowest and highest point, kept with the scale so a band's range on a date is one
-- indexed lookup. live_slot is 1 for a scale that is not retired and NULL once retired: the unique key then
-- allows one live scale per band, zone and effective date while keeping retired ones for the record.
CREATE TABLE pay_scale (
  id             CHAR(36)     NOT NULL,
  band_id        CHAR(36)     NOT NULL,
  zone_code      VARCHAR(30)  NOT NULL,
  effective_from DATE         NOT NULL,
  status         VARCHAR(10)  NOT NULL,
  retired        BOOLEAN      NOT NULL DEFAULT FALSE,
  live_slot      TINYINT      NULL,
  note           VARCHAR(500) NULL,
  min_pence      BIGINT       NOT NULL,
  max_pence      BIGINT       NOT NULL,
  created_at     DATETIME(3)  NOT NULL,
  updated_at     DATETIME(3)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_pay_scale_slot UNIQUE (band_id, zone_code, effective_from, live_slot),
  KEY ix_pay_scale_lookup (band_id, zone_code, retired, effective_from),
  CONSTRAINT fk_pay_scale_band FOREIGN KEY (band_id) REFERENCES pay_band (id),
  CONSTRAINT fk_pay_scale_zone FOREIGN KEY (zone_code) REFERENCES pay_zone (code),
  CONSTRAINT ck_pay_scale_status CHECK (status IN ('AGREED', 'PROPOSED')),
  CONSTRAINT ck_pay_scale_range CHECK (min_pence > 0 AND max_pence >= min_pence)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pay_point (
  scale_id            CHAR(36) NOT NULL,
  point_number        INT      NOT NULL,
  annual_salary_pence BIGINT   NOT NULL,
  PRIMARY KEY (scale_id, point_number),
  CONSTRAINT fk_pay_point_scale FOREIGN KEY (scale_id) REFERENCES pay_scale (id) ON DELETE CASCADE,
  CONSTRAINT ck_pay_point_salary CHECK (annual_salary_pence > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit trail: written in the same transaction as the change it records, never updated or deleted.
-- parent_id groups events under the record a user looks at (a scale's events under its band).
CREATE TABLE audit_event (
  id          CHAR(36)     NOT NULL,
  occurred_at DATETIME(3)  NOT NULL,
  actor       VARCHAR(50)  NOT NULL,
  entity_type VARCHAR(30)  NOT NULL,
  entity_id   CHAR(36)     NOT NULL,
  parent_id   CHAR(36)     NULL,
  action      VARCHAR(30)  NOT NULL,
  summary     VARCHAR(500) NULL,
  before_json LONGTEXT     NULL,
  after_json  LONGTEXT     NULL,
  PRIMARY KEY (id),
  KEY ix_audit_event_entity (entity_type, entity_id, occurred_at),
  KEY ix_audit_event_parent (parent_id, occurred_at),
  KEY ix_audit_event_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events are append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events are append-only';
