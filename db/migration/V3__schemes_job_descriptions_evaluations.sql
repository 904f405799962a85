-- Job evaluation: schemes (factors, levels, band ranges), versioned job descriptions, and evaluations from the
-- request in the queue through panel scoring and the consistency check to the published outcome.

CREATE TABLE scheme (
  id                   CHAR(36)      NOT NULL,
  code                 VARCHAR(30)   NOT NULL,
  scheme_version       INT           NOT NULL,
  name                 VARCHAR(200)  NOT NULL,
  description          VARCHAR(4000) NULL,
  status               VARCHAR(10)   NOT NULL,
  illustrative         BOOLEAN       NOT NULL DEFAULT FALSE,
  structure_id         CHAR(36)      NOT NULL,
  near_boundary_points INT           NOT NULL DEFAULT 10,
  based_on_id          CHAR(36)      NULL,
  created_at           DATETIME(3)   NOT NULL,
  updated_at           DATETIME(3)   NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_scheme_code_version UNIQUE (code, scheme_version),
  KEY ix_scheme_status (status, code),
  CONSTRAINT fk_scheme_structure FOREIGN KEY (structure_id) REFERENCES pay_structure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE scheme_factor (
  id          CHAR(36)      NOT NULL,
  scheme_id   CHAR(36)      NOT NULL,
  position    INT           NOT NULL,
  code        VARCHAR(40)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  description VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_scheme_factor_code UNIQUE (scheme_id, code),
  CONSTRAINT uk_scheme_factor_position UNIQUE (scheme_id, position),
  CONSTRAINT fk_scheme_factor_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE scheme_level (
  factor_id    CHAR(36)      NOT NULL,
  level_number INT           NOT NULL,
  points       INT           NOT NULL,
  descriptor   VARCHAR(2000) NULL,
  PRIMARY KEY (factor_id, level_number),
  CONSTRAINT fk_scheme_level_factor FOREIGN KEY (factor_id) REFERENCES scheme_factor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE scheme_band_range (
  scheme_id CHAR(36) NOT NULL,
  band_id   CHAR(36) NOT NULL,
  min_score INT      NOT NULL,
  max_score INT      NOT NULL,
  PRIMARY KEY (scheme_id, band_id),
  KEY ix_scheme_band_range_min (scheme_id, min_score),
  CONSTRAINT fk_scheme_band_range_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id),
  CONSTRAINT fk_scheme_band_range_band FOREIGN KEY (band_id) REFERENCES pay_band (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A job description. Title, family, directorate and status repeat the latest version's, and band/total the
-- outcome in force, so that searching thousands of JDs needs no join (kept in step by the application).
CREATE TABLE job_description (
  id                  CHAR(36)     NOT NULL,
  reference           VARCHAR(30)  NOT NULL,
  benchmark           BOOLEAN      NOT NULL DEFAULT FALSE,
  title               VARCHAR(200) NOT NULL,
  role_family         VARCHAR(100) NOT NULL,
  directorate         VARCHAR(100) NOT NULL,
  status              VARCHAR(20)  NOT NULL,
  latest_version_no   INT          NOT NULL,
  published           BOOLEAN      NOT NULL DEFAULT FALSE,
  in_force_version_id CHAR(36)     NULL,
  band_id             CHAR(36)     NULL,
  total               INT          NULL,
  created_at          DATETIME(3)  NOT NULL,
  updated_at          DATETIME(3)  NOT NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_job_description_reference UNIQUE (reference),
  KEY ix_jd_title (title),
  KEY ix_jd_family (role_family, title),
  KEY ix_jd_directorate (directorate, title),
  KEY ix_jd_band (band_id, title),
  KEY ix_jd_status (status, title),
  KEY ix_jd_published (published, title),
  KEY ix_jd_updated (updated_at),
  CONSTRAINT fk_jd_band FOREIGN KEY (band_id) REFERENCES pay_band (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE jd_version (
  id                    CHAR(36)      NOT NULL,
  jd_id                 CHAR(36)      NOT NULL,
  version_no            INT           NOT NULL,
  status                VARCHAR(20)   NOT NULL,
  title                 VARCHAR(200)  NOT NULL,
  role_family           VARCHAR(100)  NOT NULL,
  directorate           VARCHAR(100)  NOT NULL,
  purpose               VARCHAR(4000) NOT NULL,
  effective_from        DATE          NULL,
  outcome_evaluation_id CHAR(36)      NULL,
  created_at            DATETIME(3)   NOT NULL,
  updated_at            DATETIME(3)   NOT NULL,
  version               BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_jd_version_number UNIQUE (jd_id, version_no),
  KEY ix_jd_version_family (role_family, status),
  CONSTRAINT fk_jd_version_jd FOREIGN KEY (jd_id) REFERENCES job_description (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE jd_duty (
  version_id CHAR(36)      NOT NULL,
  position   INT           NOT NULL,
  text       VARCHAR(1000) NOT NULL,
  PRIMARY KEY (version_id, position),
  CONSTRAINT fk_jd_duty_version FOREIGN KEY (version_id) REFERENCES jd_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE jd_programme (
  version_id CHAR(36)     NOT NULL,
  position   INT          NOT NULL,
  name       VARCHAR(100) NOT NULL,
  PRIMARY KEY (version_id, position),
  CONSTRAINT fk_jd_programme_version FOREIGN KEY (version_id) REFERENCES jd_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE jd_criterion (
  version_id     CHAR(36)     NOT NULL,
  position       INT          NOT NULL,
  kind           VARCHAR(10)  NOT NULL,
  criterion_type VARCHAR(20)  NOT NULL,
  text           VARCHAR(500) NOT NULL,
  PRIMARY KEY (version_id, position),
  CONSTRAINT fk_jd_criterion_version FOREIGN KEY (version_id) REFERENCES jd_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who holds a post, until staff records arrive: holders may ask for an evaluation and never sit on its panel.
CREATE TABLE jd_holder (
  jd_id   CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  PRIMARY KEY (jd_id, user_id),
  KEY ix_jd_holder_user (user_id),
  CONSTRAINT fk_jd_holder_jd FOREIGN KEY (jd_id) REFERENCES job_description (id),
  CONSTRAINT fk_jd_holder_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An evaluation, from the request in the queue to the published outcome. Once PUBLISHED nothing in it changes.
CREATE TABLE evaluation (
  id               CHAR(36)      NOT NULL,
  jd_id            CHAR(36)      NOT NULL,
  jd_version_id    CHAR(36)      NOT NULL,
  requester_id     CHAR(36)      NOT NULL,
  requester_type   VARCHAR(10)   NOT NULL,
  reason           VARCHAR(2000) NOT NULL,
  requested_at     DATETIME(3)   NOT NULL,
  status           VARCHAR(12)   NOT NULL,
  priority         VARCHAR(2)    NULL,
  decided_at       DATETIME(3)   NULL,
  decided_by       VARCHAR(100)  NULL,
  decision_reason  VARCHAR(2000) NULL,
  scheme_id        CHAR(36)      NULL,
  check_conclusion VARCHAR(4000) NULL,
  checked_by       VARCHAR(100)  NULL,
  checked_at       DATETIME(3)   NULL,
  check_total      INT           NULL,
  total            INT           NULL,
  band_id          CHAR(36)      NULL,
  effective_from   DATE          NULL,
  published_at     DATETIME(3)   NULL,
  published_by     VARCHAR(100)  NULL,
  in_force         BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at       DATETIME(3)   NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_evaluation_queue (status, requested_at),
  KEY ix_evaluation_version (jd_version_id, status),
  KEY ix_evaluation_jd (jd_id, status),
  KEY ix_evaluation_scheme (scheme_id),
  KEY ix_evaluation_due (status, in_force, effective_from),
  CONSTRAINT fk_evaluation_jd FOREIGN KEY (jd_id) REFERENCES job_description (id),
  CONSTRAINT fk_evaluation_version FOREIGN KEY (jd_version_id) REFERENCES jd_version (id),
  CONSTRAINT fk_evaluation_requester FOREIGN KEY (requester_id) REFERENCES app_user (id),
  CONSTRAINT fk_evaluation_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id),
  CONSTRAINT fk_evaluation_band FOREIGN KEY (band_id) REFERENCES pay_band (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who sat, with the name they had then.
CREATE TABLE panel_member (
  evaluation_id CHAR(36)     NOT NULL,
  user_id       CHAR(36)     NOT NULL,
  display_name  VARCHAR(100) NOT NULL,
  side          VARCHAR(10)  NOT NULL,
  chair         BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (evaluation_id, user_id),
  KEY ix_panel_member_user (user_id),
  CONSTRAINT fk_panel_member_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
  CONSTRAINT fk_panel_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE provisional_level (
  evaluation_id CHAR(36)    NOT NULL,
  user_id       CHAR(36)    NOT NULL,
  factor_code   VARCHAR(40) NOT NULL,
  level_number  INT         NOT NULL,
  recorded_at   DATETIME(3) NOT NULL,
  PRIMARY KEY (evaluation_id, user_id, factor_code),
  CONSTRAINT fk_provisional_level_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agreed_level (
  evaluation_id CHAR(36)      NOT NULL,
  factor_code   VARCHAR(40)   NOT NULL,
  level_number  INT           NOT NULL,
  points        INT           NOT NULL,
  rationale     VARCHAR(4000) NOT NULL,
  recorded_by   VARCHAR(100)  NOT NULL,
  recorded_at   DATETIME(3)   NOT NULL,
  PRIMARY KEY (evaluation_id, factor_code),
  CONSTRAINT fk_agreed_level_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
