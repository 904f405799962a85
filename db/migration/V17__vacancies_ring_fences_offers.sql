-- Ring-fenced vacancies (issue 9): vacancies and their stages, ring-fence rules, pool decisions, the criteria staff
-- hold and the training catalogue, statutory priority, interest, offers and trial periods.

-- A vacancy on a JD (its criteria come from the JD version in force). The ring-fence that covers it is fixed when it
-- opens to the pool (rf_*): from and until, the re-bandings whose at-risk staff form the pool (comma-separated ids;
-- empty for all staff at risk), and the pool in words.
CREATE TABLE vacancy (
  id               CHAR(36)      NOT NULL,
  title            VARCHAR(200)  NOT NULL,
  jd_id            CHAR(36)      NOT NULL,
  post_id          CHAR(36)      NULL,
  band_id          CHAR(36)      NOT NULL,
  unit_id          CHAR(36)      NOT NULL,
  zone_code        VARCHAR(30)   NOT NULL,
  weekly_hours     DECIMAL(5,2)  NOT NULL,
  posts            INT           NOT NULL,
  filled_posts     INT           NOT NULL DEFAULT 0,
  closing_date     DATE          NOT NULL,
  status           VARCHAR(20)   NOT NULL,
  stage            VARCHAR(20)   NULL,
  opened_on        DATE          NULL,
  ring_fenced      BOOLEAN       NOT NULL DEFAULT FALSE,
  rf_from          DATE          NULL,
  rf_until         DATE          NULL,
  rf_rebanding_ids VARCHAR(2000) NULL,
  rf_rule_ids      VARCHAR(2000) NULL,
  rf_description   VARCHAR(500)  NULL,
  withdrawn_reason VARCHAR(2000) NULL,
  created_at       DATETIME(3)   NOT NULL,
  created_by       VARCHAR(50)   NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_vacancy_status_closing (status, closing_date),
  KEY ix_vacancy_closing (closing_date),
  KEY ix_vacancy_band (band_id, closing_date),
  KEY ix_vacancy_unit (unit_id, closing_date),
  CONSTRAINT fk_vacancy_jd FOREIGN KEY (jd_id) REFERENCES job_description (id),
  CONSTRAINT fk_vacancy_post FOREIGN KEY (post_id) REFERENCES post (id),
  CONSTRAINT fk_vacancy_band FOREIGN KEY (band_id) REFERENCES pay_band (id),
  CONSTRAINT fk_vacancy_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_vacancy_zone FOREIGN KEY (zone_code) REFERENCES pay_zone (code),
  CONSTRAINT ck_vacancy_posts CHECK (posts >= 1 AND filled_posts >= 0 AND filled_posts <= posts),
  CONSTRAINT ck_vacancy_hours CHECK (weekly_hours > 0 AND weekly_hours <= 48)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A ring-fence rule HR sets (see org.bandwise.vacancy.control.RingFenceRule). Empty band_codes, directorate, unit or
-- family match any; empty rebanding_ids means all staff at risk.
CREATE TABLE ring_fence (
  id               CHAR(36)      NOT NULL,
  band_codes       VARCHAR(500)  NOT NULL DEFAULT '',
  directorate      VARCHAR(100)  NULL,
  unit_id          CHAR(36)      NULL,
  jd_family        VARCHAR(100)  NULL,
  rebanding_ids    VARCHAR(2000) NOT NULL DEFAULT '',
  pool_description VARCHAR(500)  NOT NULL,
  from_date        DATE          NOT NULL,
  until_date       DATE          NOT NULL,
  created_at       DATETIME(3)   NOT NULL,
  created_by       VARCHAR(50)   NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_ring_fence_dates (from_date, until_date),
  CONSTRAINT fk_ring_fence_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT ck_ring_fence_dates CHECK (until_date >= from_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- HR's suitable / not suitable decision, with its written reason, on a person in a vacancy's pool.
CREATE TABLE vacancy_pool_decision (
  vacancy_id  CHAR(36)      NOT NULL,
  staff_id    CHAR(36)      NOT NULL,
  suitability VARCHAR(20)   NOT NULL,
  reason      VARCHAR(2000) NOT NULL,
  decided_by  VARCHAR(50)   NOT NULL,
  decided_at  DATETIME(3)   NOT NULL,
  PRIMARY KEY (vacancy_id, staff_id),
  KEY ix_vacancy_pool_decision_staff (staff_id),
  CONSTRAINT fk_vacancy_pool_decision_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancy (id) ON DELETE CASCADE,
  CONSTRAINT fk_vacancy_pool_decision_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The criteria (qualifications, training, experience) a person holds, matched to JD criteria by criterion_key (the
-- criterion's text, trimmed and lower-cased).
CREATE TABLE staff_criterion (
  staff_id      CHAR(36)     NOT NULL,
  criterion_key VARCHAR(500) NOT NULL,
  criterion     VARCHAR(500) NOT NULL,
  achieved_on   DATE         NOT NULL,
  updated_at    DATETIME(3)  NOT NULL,
  PRIMARY KEY (staff_id, criterion_key),
  CONSTRAINT fk_staff_criterion_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The training catalogue: criteria that can be gained by training, and the typical duration in weeks.
CREATE TABLE training_course (
  criterion_key VARCHAR(500) NOT NULL,
  criterion     VARCHAR(500) NOT NULL,
  weeks         INT          NOT NULL,
  PRIMARY KEY (criterion_key),
  CONSTRAINT ck_training_course_weeks CHECK (weeks >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Statutory priority (pregnancy, maternity, adoption or shared parental leave) recorded by HR, with dates.
CREATE TABLE statutory_priority (
  id          CHAR(36)    NOT NULL,
  staff_id    CHAR(36)    NOT NULL,
  reason      VARCHAR(30) NOT NULL,
  from_date   DATE        NOT NULL,
  to_date     DATE        NULL,
  recorded_by VARCHAR(50) NOT NULL,
  recorded_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_statutory_priority_staff (staff_id, from_date),
  CONSTRAINT fk_statutory_priority_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
  CONSTRAINT ck_statutory_priority_dates CHECK (to_date IS NULL OR to_date >= from_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person's interest in a vacancy, at the stage they expressed it.
CREATE TABLE vacancy_interest (
  vacancy_id   CHAR(36)    NOT NULL,
  staff_id     CHAR(36)    NOT NULL,
  stage        VARCHAR(20) NOT NULL,
  expressed_at DATETIME(3) NOT NULL,
  PRIMARY KEY (vacancy_id, staff_id),
  KEY ix_vacancy_interest_staff (staff_id),
  CONSTRAINT fk_vacancy_interest_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancy (id) ON DELETE CASCADE,
  CONSTRAINT fk_vacancy_interest_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Offers and their trial periods. live_vacancy_id is the vacancy's id while the offer is open or its trial runs and
-- NULL otherwise; its unique key makes one offer per vacancy at a time a fact of the database, whatever races.
CREATE TABLE vacancy_offer (
  id                      CHAR(36)      NOT NULL,
  vacancy_id              CHAR(36)      NOT NULL,
  staff_id                CHAR(36)      NOT NULL,
  status                  VARCHAR(20)   NOT NULL,
  stage                   VARCHAR(20)   NOT NULL,
  suitable                BOOLEAN       NOT NULL,
  live_vacancy_id         CHAR(36)      NULL,
  made_at                 DATETIME(3)   NOT NULL,
  made_by                 VARCHAR(50)   NOT NULL,
  answered_at             DATETIME(3)   NULL,
  decline_reason          VARCHAR(2000) NULL,
  decline_ends_protection BOOLEAN       NULL,
  decline_text            VARCHAR(500)  NULL,
  withdrawn_reason        VARCHAR(2000) NULL,
  trial_start             DATE          NULL,
  trial_end               DATE          NULL,
  trial_extended_to       DATE          NULL,
  trial_extension_reason  VARCHAR(2000) NULL,
  outcome_on              DATE          NULL,
  outcome_reason          VARCHAR(2000) NULL,
  outcome_text            VARCHAR(500)  NULL,
  protection_ended        BOOLEAN       NULL,
  updated_at              DATETIME(3)   NOT NULL,
  version                 BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_vacancy_offer_live UNIQUE (live_vacancy_id),
  KEY ix_vacancy_offer_vacancy (vacancy_id, made_at),
  KEY ix_vacancy_offer_staff (staff_id, made_at),
  CONSTRAINT fk_vacancy_offer_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancy (id),
  CONSTRAINT fk_vacancy_offer_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
