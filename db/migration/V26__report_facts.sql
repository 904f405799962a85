-- Reports at scale (issue 11 follow-up). Every workforce report reads, for each person employed on its day, the
-- assignment covering it with a few of the person's details and the post's unit and JD. At 1.4 million staff the
-- join of staff_assignment, staff_member and post was most of a report's time (the join alone took longer than the
-- targets), so the reports now read one narrow table instead: one row per assignment (same key as
-- uk_staff_assignment_from) with the person's and the post's columns the reports read copied beside it.
--
-- The database keeps it in step: the triggers below copy every insert, update and delete of an assignment, every
-- change of a person's reported details and every change of a post's unit or JD, whichever code path writes them
-- (imports, re-banding, offers, protection, demo data, SQL by hand). No foreign key cascades into these three
-- tables (cascades would not fire triggers). Nothing reads report_fact but the reports (org.bandwise.report).
CREATE TABLE report_fact (
  staff_id         CHAR(36)     NOT NULL,
  effective_from   DATE         NOT NULL,
  effective_to     DATE         NULL,
  start_date       DATE         NULL,
  leaving_date     DATE         NULL,
  sex              CHAR(1)      NULL,
  ethnic_group     VARCHAR(20)  NULL,
  disability       VARCHAR(20)  NULL,
  date_of_birth    DATE         NULL,
  allowances_pence BIGINT       NOT NULL,
  bonus_pence      BIGINT       NOT NULL,
  full_pay         BOOLEAN      NOT NULL,
  structure_id     CHAR(36)     NULL,
  band_id          CHAR(36)     NULL,
  zone_code        VARCHAR(30)  NOT NULL,
  pay_point        INT          NULL,
  weekly_hours     DECIMAL(5,2) NOT NULL,
  post_id          CHAR(36)     NULL,
  unit_id          CHAR(36)     NULL,
  jd_id            CHAR(36)     NULL,
  PRIMARY KEY (staff_id, effective_from),
  KEY ix_report_fact_post (post_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Filled in one statement: migrations run on a connection of their own, without the pool's statement limit (about a
-- minute at 1.4 million staff on a loaded machine).
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id;

CREATE TRIGGER report_fact_assignment_insert AFTER INSERT ON staff_assignment FOR EACH ROW
  INSERT INTO report_fact
    SELECT NEW.staff_id, NEW.effective_from, NEW.effective_to, s.start_date, s.leaving_date, s.sex, s.ethnic_group,
           s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, NEW.structure_id,
           NEW.band_id, NEW.zone_code, NEW.pay_point, NEW.weekly_hours, NEW.post_id, p.unit_id, p.jd_id
      FROM staff_member s LEFT JOIN post p ON p.id = NEW.post_id
     WHERE s.id = NEW.staff_id;

-- an update may move the key (staff, effective_from): the old row goes, then the new one is written
CREATE TRIGGER report_fact_assignment_update_old AFTER UPDATE ON staff_assignment FOR EACH ROW
  DELETE FROM report_fact WHERE staff_id = OLD.staff_id AND effective_from = OLD.effective_from;

CREATE TRIGGER report_fact_assignment_update_new AFTER UPDATE ON staff_assignment FOR EACH ROW
  FOLLOWS report_fact_assignment_update_old
  INSERT INTO report_fact
    SELECT NEW.staff_id, NEW.effective_from, NEW.effective_to, s.start_date, s.leaving_date, s.sex, s.ethnic_group,
           s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, NEW.structure_id,
           NEW.band_id, NEW.zone_code, NEW.pay_point, NEW.weekly_hours, NEW.post_id, p.unit_id, p.jd_id
      FROM staff_member s LEFT JOIN post p ON p.id = NEW.post_id
     WHERE s.id = NEW.staff_id;

CREATE TRIGGER report_fact_assignment_delete AFTER DELETE ON staff_assignment FOR EACH ROW
  DELETE FROM report_fact WHERE staff_id = OLD.staff_id AND effective_from = OLD.effective_from;

-- a person's details: only when one the reports read changed (other updates of staff_member touch nothing here)
CREATE TRIGGER report_fact_staff_update AFTER UPDATE ON staff_member FOR EACH ROW
  UPDATE report_fact
     SET staff_id = NEW.id, start_date = NEW.start_date, leaving_date = NEW.leaving_date, sex = NEW.sex,
         ethnic_group = NEW.ethnic_group, disability = NEW.disability, date_of_birth = NEW.date_of_birth,
         allowances_pence = NEW.allowances_pence, bonus_pence = NEW.bonus_pence, full_pay = NEW.full_pay
   WHERE staff_id = OLD.id
     AND NOT (OLD.id <=> NEW.id AND OLD.start_date <=> NEW.start_date AND OLD.leaving_date <=> NEW.leaving_date
              AND BINARY OLD.sex <=> BINARY NEW.sex AND BINARY OLD.ethnic_group <=> BINARY NEW.ethnic_group
              AND BINARY OLD.disability <=> BINARY NEW.disability AND OLD.date_of_birth <=> NEW.date_of_birth
              AND OLD.allowances_pence <=> NEW.allowances_pence AND OLD.bonus_pence <=> NEW.bonus_pence
              AND OLD.full_pay <=> NEW.full_pay);

-- a post's unit or JD
CREATE TRIGGER report_fact_post_update AFTER UPDATE ON post FOR EACH ROW
  UPDATE report_fact SET unit_id = NEW.unit_id, jd_id = NEW.jd_id
   WHERE post_id = NEW.id
     AND NOT (BINARY OLD.unit_id <=> BINARY NEW.unit_id AND BINARY OLD.jd_id <=> BINARY NEW.jd_id);
