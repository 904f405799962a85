-- Union appeals and member consent (issue 10), and the England and Wales bank holiday calendar that their
-- working-day deadlines skip. Dates are days; times are UTC DATETIME(3).

-- The bank holidays as observed (substitute days carry their own date). Seeded by the application from the
-- bundled published list (calendar/england-and-wales-bank-holidays.csv) when empty; HR admins keep it.
CREATE TABLE bank_holiday (
  holiday_date DATE         NOT NULL,
  title        VARCHAR(100) NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  created_by   VARCHAR(50)  NOT NULL,
  PRIMARY KEY (holiday_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An appeal. kind OUTCOME names the published evaluation (notified_on is its publication day); JD_CONTENT and
-- ASSIGNMENT name the JD. union_code is the union whose reps may see it (NULL when HR lodged it for a member of
-- no union). lodged_on is when the current stage was lodged; acknowledge_by and decide_by are worked out from it
-- in working days and stored so the overdue and due-soon lists are indexed queries (worked out again when the
-- calendar changes). lodge_by and extension_reason record HR's extension of the lodging time limit.
CREATE TABLE appeal (
  id                 CHAR(36)      NOT NULL,
  kind               VARCHAR(20)   NOT NULL,
  scope              VARCHAR(20)   NOT NULL,
  union_code         VARCHAR(10)   NULL,
  status             VARCHAR(20)   NOT NULL,
  stage              INT           NOT NULL DEFAULT 1,
  decision           VARCHAR(20)   NULL,
  evaluation_id      CHAR(36)      NULL,
  jd_id              CHAR(36)      NOT NULL,
  all_holders        BOOLEAN       NOT NULL DEFAULT FALSE,
  summary            VARCHAR(4000) NULL,
  evidence           VARCHAR(4000) NULL,
  notified_on        DATE          NULL,
  lodge_by           DATE          NULL,
  extension_reason   VARCHAR(1000) NULL,
  lodged_on          DATE          NULL,
  first_lodged_on    DATE          NULL,
  acknowledge_by     DATE          NULL,
  decide_by          DATE          NULL,
  hearing_on         DATE          NULL,
  decision_rationale VARCHAR(4000) NULL,
  withdrawn_reason   VARCHAR(1000) NULL,
  created_by         CHAR(36)      NOT NULL,
  created_at         DATETIME(3)   NOT NULL,
  updated_at         DATETIME(3)   NOT NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_appeal_union (union_code, status, lodged_on),
  KEY ix_appeal_status (status, lodged_on),
  KEY ix_appeal_ack_due (status, acknowledge_by),
  KEY ix_appeal_decide_due (status, decide_by),
  KEY ix_appeal_evaluation (evaluation_id),
  KEY ix_appeal_jd (jd_id),
  CONSTRAINT fk_appeal_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
  CONSTRAINT fk_appeal_jd FOREIGN KEY (jd_id) REFERENCES job_description (id),
  CONSTRAINT fk_appeal_creator FOREIGN KEY (created_by) REFERENCES app_user (id),
  CONSTRAINT ck_appeal_stage CHECK (stage IN (1, 2))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Whom an appeal is for (a group appeal for all holders of the role lists the holders on the lodging day).
CREATE TABLE appeal_member (
  appeal_id CHAR(36) NOT NULL,
  staff_id  CHAR(36) NOT NULL,
  PRIMARY KEY (appeal_id, staff_id),
  KEY ix_appeal_member_staff (staff_id),
  CONSTRAINT fk_appeal_member_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id),
  CONSTRAINT fk_appeal_member_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The grounds of an outcome appeal, one per disputed factor; the review panel's decision per factor once decided.
CREATE TABLE appeal_ground (
  appeal_id      CHAR(36)      NOT NULL,
  factor_code    VARCHAR(40)   NOT NULL,
  position       INT           NOT NULL,
  awarded_level  INT           NOT NULL,
  claimed_level  INT           NOT NULL,
  evidence       VARCHAR(4000) NULL,
  argument       VARCHAR(4000) NULL,
  decided_level  INT           NULL,
  panel_decision VARCHAR(4000) NULL,
  PRIMARY KEY (appeal_id, factor_code),
  CONSTRAINT fk_appeal_ground_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every step: who, when, the status it led to and any note. Appended only; the appeal's timeline.
CREATE TABLE appeal_step (
  id          CHAR(36)      NOT NULL,
  appeal_id   CHAR(36)      NOT NULL,
  step        VARCHAR(30)   NOT NULL,
  status      VARCHAR(20)   NOT NULL,
  taken_at    DATETIME(3)   NOT NULL,
  taken_by    VARCHAR(100)  NOT NULL,
  text        VARCHAR(300)  NULL,
  note        VARCHAR(4000) NULL,
  PRIMARY KEY (id),
  KEY ix_appeal_step_appeal (appeal_id, taken_at),
  CONSTRAINT fk_appeal_step_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The review panel, with the names members had then.
CREATE TABLE appeal_panel_member (
  appeal_id    CHAR(36)     NOT NULL,
  user_id      CHAR(36)     NOT NULL,
  display_name VARCHAR(100) NOT NULL,
  side         VARCHAR(10)  NOT NULL,
  chair        BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (appeal_id, user_id),
  KEY ix_appeal_panel_user (user_id),
  CONSTRAINT fk_appeal_panel_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id),
  CONSTRAINT fk_appeal_panel_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A staff member's consent for their union's reps to see their record. No row: no consent.
CREATE TABLE staff_consent (
  staff_id   CHAR(36)    NOT NULL,
  granted    BOOLEAN     NOT NULL,
  changed_at DATETIME(3) NOT NULL,
  version    BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (staff_id),
  KEY ix_staff_consent_granted (granted, staff_id),
  CONSTRAINT fk_staff_consent_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every time a union rep looked at a member's record ("who has looked at my record").
CREATE TABLE record_view (
  id          CHAR(36)     NOT NULL,
  staff_id    CHAR(36)     NOT NULL,
  viewer_id   CHAR(36)     NOT NULL,
  viewer_name VARCHAR(100) NOT NULL,
  union_code  VARCHAR(10)  NULL,
  viewed_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_record_view_staff (staff_id, viewed_at),
  CONSTRAINT fk_record_view_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
  CONSTRAINT fk_record_view_viewer FOREIGN KEY (viewer_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_staff_member_union ON staff_member (union_code, last_name, first_name);
