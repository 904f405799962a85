-- Re-banding (issue 8): a modelled re-banding (draft, then applied), the JDs it replaces, its impact on each
-- holder (one row per person, so the people table pages and sorts in SQL), the arrears lines an applied
-- upgrade owes, and each pay structure's assimilation and protection policy (defaults when it has no row).

CREATE TABLE rebanding (
  id                  CHAR(36)     NOT NULL,
  evaluation_id       CHAR(36)     NOT NULL,
  jd_id               CHAR(36)     NOT NULL,
  band_id             CHAR(36)     NOT NULL,
  effective_from      DATE         NOT NULL,
  status              VARCHAR(10)  NOT NULL,
  headcount           INT          NOT NULL DEFAULT 0,
  year1_change_pence  BIGINT       NOT NULL DEFAULT 0,
  year2_change_pence  BIGINT       NOT NULL DEFAULT 0,
  year3_change_pence  BIGINT       NOT NULL DEFAULT 0,
  created_at          DATETIME(3)  NOT NULL,
  created_by          VARCHAR(50)  NOT NULL,
  calculated_at       DATETIME(3)  NOT NULL,
  applied_at          DATETIME(3)  NULL,
  applied_by          VARCHAR(50)  NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_rebanding_created (created_at),
  KEY ix_rebanding_evaluation (evaluation_id),
  CONSTRAINT fk_rebanding_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
  CONSTRAINT fk_rebanding_jd FOREIGN KEY (jd_id) REFERENCES job_description (id),
  CONSTRAINT fk_rebanding_band FOREIGN KEY (band_id) REFERENCES pay_band (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE rebanding_replaces (
  rebanding_id CHAR(36) NOT NULL,
  jd_id        CHAR(36) NOT NULL,
  PRIMARY KEY (rebanding_id, jd_id),
  CONSTRAINT fk_rebanding_replaces_rebanding FOREIGN KEY (rebanding_id) REFERENCES rebanding (id) ON DELETE CASCADE,
  CONSTRAINT fk_rebanding_replaces_jd FOREIGN KEY (jd_id) REFERENCES job_description (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One holder's impact. assignment_from names the assignment the model started from (staff_id, effective_from).
-- Salaries are contractual on the effective date (pro rata); protected_pence is the protected salary pro rata,
-- protected_full_pence and difference_full_pence the full-time amounts the protection record keeps.
CREATE TABLE rebanding_person (
  rebanding_id          CHAR(36)     NOT NULL,
  staff_id              CHAR(36)     NOT NULL,
  staff_number          VARCHAR(20)  NOT NULL,
  name                  VARCHAR(201) NOT NULL,
  sort_name             VARCHAR(201) NOT NULL,
  assignment_from       DATE         NOT NULL,
  from_band_id          CHAR(36)     NOT NULL,
  from_point            INT          NOT NULL,
  from_salary_pence     BIGINT       NOT NULL,
  to_band_id            CHAR(36)     NOT NULL,
  to_point              INT          NOT NULL,
  to_salary_pence       BIGINT       NOT NULL,
  change_kind           VARCHAR(4)   NOT NULL,
  change_rank           INT          NOT NULL,
  protection_type       VARCHAR(30)  NULL,
  protection_until      DATE         NULL,
  protected_pence       BIGINT       NULL,
  protected_full_pence  BIGINT       NULL,
  difference_full_pence BIGINT       NULL,
  taper                 VARCHAR(200) NULL,
  arrears_pence         BIGINT       NOT NULL DEFAULT 0,
  annual_change_pence   BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (rebanding_id, staff_id),
  KEY ix_rebanding_person_name (rebanding_id, sort_name, staff_number),
  KEY ix_rebanding_person_number (rebanding_id, staff_number),
  KEY ix_rebanding_person_change (rebanding_id, change_rank, sort_name),
  KEY ix_rebanding_person_annual (rebanding_id, annual_change_pence),
  KEY ix_rebanding_person_arrears (rebanding_id, arrears_pence),
  KEY ix_rebanding_person_staff (staff_id),
  CONSTRAINT fk_rebanding_person_rebanding FOREIGN KEY (rebanding_id) REFERENCES rebanding (id) ON DELETE CASCADE,
  CONSTRAINT fk_rebanding_person_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Back pay owed by an applied upgrade, per person per calendar month (rounded to the penny per month).
CREATE TABLE arrears_line (
  rebanding_id CHAR(36)    NOT NULL,
  staff_id     CHAR(36)    NOT NULL,
  month_start  DATE        NOT NULL,
  amount_pence BIGINT      NOT NULL,
  created_at   DATETIME(3) NOT NULL,
  PRIMARY KEY (rebanding_id, staff_id, month_start),
  KEY ix_arrears_line_staff (staff_id, month_start),
  CONSTRAINT fk_arrears_line_rebanding FOREIGN KEY (rebanding_id) REFERENCES rebanding (id),
  CONSTRAINT fk_arrears_line_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A pay structure's re-banding policy; a structure without a row uses the defaults (assimilation up to the
-- lowest point above, down to the highest point not above; mark time for 24 months; taper 1:100,1:50 when
-- chosen; refusing a suitable offer does not end protection; 90 days' notice of expiry).
CREATE TABLE pay_policy (
  structure_id            CHAR(36)     NOT NULL,
  assimilation_up         VARCHAR(30)  NOT NULL DEFAULT 'LOWEST_POINT_ABOVE',
  assimilation_down       VARCHAR(30)  NOT NULL DEFAULT 'HIGHEST_POINT_NOT_ABOVE',
  protection_type         VARCHAR(30)  NOT NULL DEFAULT 'MARK_TIME',
  mark_time_months        INT          NOT NULL DEFAULT 24,
  taper                   VARCHAR(200) NOT NULL DEFAULT '1:100,1:50',
  refusal_ends_protection BOOLEAN      NOT NULL DEFAULT FALSE,
  notice_days             INT          NOT NULL DEFAULT 90,
  updated_at              DATETIME(3)  NOT NULL,
  version                 BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (structure_id),
  CONSTRAINT fk_pay_policy_structure FOREIGN KEY (structure_id) REFERENCES pay_structure (id),
  CONSTRAINT ck_pay_policy_months CHECK (mark_time_months > 0 AND notice_days >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
