-- People and pay (issue 8): units, posts, staff members, their effective-dated assignments (pay history), pay
-- protections, and staff imports with their errors. Money in pence; dates are days (UTC).

-- The organisation's places: regions, probation delivery units, national directorates; a simple tree.
CREATE TABLE org_unit (
  id         CHAR(36)     NOT NULL,
  name       VARCHAR(200) NOT NULL,
  kind       VARCHAR(20)  NOT NULL,
  parent_id  CHAR(36)     NULL,
  created_at DATETIME(3)  NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_org_unit_name UNIQUE (name),
  KEY ix_org_unit_parent (parent_id),
  CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A funded position. Its holders are the staff whose assignment names it on a day.
CREATE TABLE post (
  id           CHAR(36)     NOT NULL,
  post_number  VARCHAR(30)  NOT NULL,
  jd_id        CHAR(36)     NULL,
  unit_id      CHAR(36)     NOT NULL,
  zone_code    VARCHAR(30)  NOT NULL,
  weekly_hours DECIMAL(5,2) NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  updated_at   DATETIME(3)  NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_post_number UNIQUE (post_number),
  KEY ix_post_unit (unit_id, post_number),
  KEY ix_post_jd (jd_id),
  CONSTRAINT fk_post_jd FOREIGN KEY (jd_id) REFERENCES job_description (id),
  CONSTRAINT fk_post_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_post_zone FOREIGN KEY (zone_code) REFERENCES pay_zone (code),
  CONSTRAINT ck_post_hours CHECK (weekly_hours > 0 AND weekly_hours <= 48)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A staff member. sex, ethnic_group, disability and date_of_birth are special-category equality data: shown per
-- person only to the person and to HR admins. allowances (annual, ordinary pay), bonus (12 months to the gender
-- pay gap snapshot) and full_pay feed the gender pay gap.
CREATE TABLE staff_member (
  id               CHAR(36)     NOT NULL,
  staff_number     VARCHAR(20)  NOT NULL,
  first_name       VARCHAR(100) NOT NULL,
  last_name        VARCHAR(100) NOT NULL,
  work_email       VARCHAR(254) NULL,
  user_id          CHAR(36)     NULL,
  union_code       VARCHAR(10)  NULL,
  start_date       DATE         NULL,
  leaving_date     DATE         NULL,
  sex              CHAR(1)      NULL,
  ethnic_group     VARCHAR(20)  NULL,
  disability       VARCHAR(20)  NULL,
  date_of_birth    DATE         NULL,
  allowances_pence BIGINT       NOT NULL DEFAULT 0,
  bonus_pence      BIGINT       NOT NULL DEFAULT 0,
  full_pay         BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at       DATETIME(3)  NOT NULL,
  updated_at       DATETIME(3)  NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_staff_member_number UNIQUE (staff_number),
  CONSTRAINT uk_staff_member_user UNIQUE (user_id),
  KEY ix_staff_member_name (last_name, first_name),
  KEY ix_staff_member_email (work_email),
  CONSTRAINT fk_staff_member_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT ck_staff_member_money CHECK (allowances_pence >= 0 AND bonus_pence >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Assignment and pay history, effective-dated: from effective_from to effective_to (the last day; NULL while in
-- force). A change closes the entry in force the day before and opens a new one, with its reason. The entry in
-- force today is the one with effective_to NULL or on/after today and effective_from on/before today.
CREATE TABLE staff_assignment (
  id             CHAR(36)     NOT NULL,
  staff_id       CHAR(36)     NOT NULL,
  effective_from DATE         NOT NULL,
  effective_to   DATE         NULL,
  post_id        CHAR(36)     NULL,
  structure_id   CHAR(36)     NULL,
  band_id        CHAR(36)     NULL,
  zone_code      VARCHAR(30)  NOT NULL,
  pay_point      INT          NULL,
  weekly_hours   DECIMAL(5,2) NOT NULL,
  reason         VARCHAR(30)  NOT NULL,
  note           VARCHAR(500) NULL,
  import_id      CHAR(36)     NULL,
  rebanding_id   CHAR(36)     NULL,
  created_at     DATETIME(3)  NOT NULL,
  created_by     VARCHAR(50)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_staff_assignment_from UNIQUE (staff_id, effective_from),
  KEY ix_staff_assignment_band (band_id, effective_to),
  KEY ix_staff_assignment_post (post_id, effective_to),
  KEY ix_staff_assignment_rebanding (rebanding_id),
  CONSTRAINT fk_staff_assignment_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
  CONSTRAINT fk_staff_assignment_post FOREIGN KEY (post_id) REFERENCES post (id),
  CONSTRAINT fk_staff_assignment_structure FOREIGN KEY (structure_id) REFERENCES pay_structure (id),
  CONSTRAINT fk_staff_assignment_band FOREIGN KEY (band_id) REFERENCES pay_band (id),
  CONSTRAINT fk_staff_assignment_zone FOREIGN KEY (zone_code) REFERENCES pay_zone (code),
  CONSTRAINT ck_staff_assignment_hours CHECK (weekly_hours > 0 AND weekly_hours <= 48),
  CONSTRAINT ck_staff_assignment_dates CHECK (effective_to IS NULL OR effective_to >= effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Pay protection after a downgrade (see org.bandwise.protection.control.Protection): full-time amounts, so pay
-- is worked out pro rata to the hours of each day. last_day is the last protected day as scheduled; ended_on is
-- the first day without protection once it ended (expiry included), with the reason. A person is at risk while
-- a protection of theirs is active. taper_json holds the taper schedule given (empty for mark time).
CREATE TABLE pay_protection (
  id                     CHAR(36)     NOT NULL,
  staff_id               CHAR(36)     NOT NULL,
  type                   VARCHAR(30)  NOT NULL,
  starts_on              DATE         NOT NULL,
  last_day               DATE         NOT NULL,
  protected_pence        BIGINT       NOT NULL,
  difference_pence       BIGINT       NOT NULL,
  protected_band_id      CHAR(36)     NULL,
  taper_json             VARCHAR(2000) NULL,
  rebanding_id           CHAR(36)     NULL,
  ended_on               DATE         NULL,
  end_reason             VARCHAR(30)  NULL,
  end_note               VARCHAR(500) NULL,
  created_at             DATETIME(3)  NOT NULL,
  updated_at             DATETIME(3)  NOT NULL,
  version                BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_pay_protection_staff (staff_id, starts_on),
  KEY ix_pay_protection_active (ended_on, last_day),
  KEY ix_pay_protection_rebanding (rebanding_id),
  CONSTRAINT fk_pay_protection_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
  CONSTRAINT fk_pay_protection_band FOREIGN KEY (protected_band_id) REFERENCES pay_band (id),
  CONSTRAINT ck_pay_protection_dates CHECK (last_day >= starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A staff import: its state and progress live here so any instance reports them. The uploaded file is kept
-- (file_data) until the import is applied or fails, so validation and apply can stream it again.
CREATE TABLE staff_import (
  id              CHAR(36)     NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  format          VARCHAR(10)  NOT NULL,
  file_name       VARCHAR(255) NULL,
  effective_from  DATE         NOT NULL,
  rows_done       INT          NOT NULL DEFAULT 0,
  rows_total      INT          NOT NULL DEFAULT 0,
  created_count   INT          NOT NULL DEFAULT 0,
  updated_count   INT          NOT NULL DEFAULT 0,
  unchanged_count INT          NOT NULL DEFAULT 0,
  invalid_count   INT          NOT NULL DEFAULT 0,
  error_count     INT          NOT NULL DEFAULT 0,
  failure         VARCHAR(1000) NULL,
  file_data       LONGBLOB     NULL,
  created_at      DATETIME(3)  NOT NULL,
  created_by      VARCHAR(50)  NOT NULL,
  applied_at      DATETIME(3)  NULL,
  updated_at      DATETIME(3)  NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_staff_import_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_import_error (
  import_id    CHAR(36)     NOT NULL,
  seq          INT          NOT NULL,
  row_no       INT          NOT NULL,
  staff_number VARCHAR(100) NULL,
  field        VARCHAR(100) NULL,
  message      VARCHAR(500) NOT NULL,
  PRIMARY KEY (import_id, seq),
  CONSTRAINT fk_staff_import_error_import FOREIGN KEY (import_id) REFERENCES staff_import (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The stand-in list of JD holders (jd_holder) becomes staff records: each holder gets a staff record (staff
-- number U-<username>), each held JD a post (MIG-<reference>) in the unit "Unassigned", and an assignment from
-- the day of migration, reason MIGRATED. HR completes them later by importing the real workforce.
INSERT INTO org_unit (id, name, kind, parent_id, created_at)
SELECT UUID(), 'Unassigned', 'OTHER', NULL, NOW(3) FROM DUAL WHERE EXISTS (SELECT 1 FROM jd_holder);

INSERT INTO post (id, post_number, jd_id, unit_id, zone_code, weekly_hours, created_at, updated_at)
SELECT UUID(), LEFT(CONCAT('MIG-', j.reference), 30), j.id, (SELECT u.id FROM org_unit u WHERE u.name = 'Unassigned'),
       'NATIONAL', 37.00, NOW(3), NOW(3)
  FROM job_description j WHERE EXISTS (SELECT 1 FROM jd_holder h WHERE h.jd_id = j.id);

INSERT INTO staff_member (id, staff_number, first_name, last_name, user_id, union_code, created_at, updated_at)
SELECT UUID(), LEFT(CONCAT('U-', REPLACE(REPLACE(a.username, '.', '-'), '@', '-')), 20),
       CASE WHEN LOCATE(' ', a.display_name) > 0
            THEN LEFT(a.display_name, CHAR_LENGTH(a.display_name) - CHAR_LENGTH(SUBSTRING_INDEX(a.display_name, ' ', -1)) - 1)
            ELSE a.display_name END,
       CASE WHEN LOCATE(' ', a.display_name) > 0 THEN SUBSTRING_INDEX(a.display_name, ' ', -1) ELSE '' END,
       a.id, a.union_code, NOW(3), NOW(3)
  FROM app_user a WHERE EXISTS (SELECT 1 FROM jd_holder h WHERE h.user_id = a.id);

INSERT INTO staff_assignment (id, staff_id, effective_from, post_id, zone_code, weekly_hours, reason, note,
                              created_at, created_by)
SELECT UUID(), s.id, CURDATE(),
       (SELECT p.id FROM post p JOIN jd_holder h ON h.jd_id = p.jd_id WHERE h.user_id = s.user_id
         ORDER BY p.post_number LIMIT 1),
       'NATIONAL', 37.00, 'MIGRATED', 'Carried over from the list of post holders.', NOW(3), 'system'
  FROM staff_member s WHERE s.user_id IS NOT NULL;
