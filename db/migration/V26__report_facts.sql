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

-- Filled in 256 statements by the first two characters of the staff id (UUIDs: hex; the ranges, in the column's
-- order, cover any id), so that each stays well inside the connection pool's 10 s statement limit, under which
-- migrations run too (one statement for everyone was cut off at 1.4 million staff on a loaded machine).
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id < '01';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '01' AND a.staff_id < '02';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '02' AND a.staff_id < '03';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '03' AND a.staff_id < '04';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '04' AND a.staff_id < '05';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '05' AND a.staff_id < '06';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '06' AND a.staff_id < '07';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '07' AND a.staff_id < '08';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '08' AND a.staff_id < '09';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '09' AND a.staff_id < '0a';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '0a' AND a.staff_id < '0b';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '0b' AND a.staff_id < '0c';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '0c' AND a.staff_id < '0d';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '0d' AND a.staff_id < '0e';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '0e' AND a.staff_id < '0f';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '0f' AND a.staff_id < '10';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '10' AND a.staff_id < '11';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '11' AND a.staff_id < '12';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '12' AND a.staff_id < '13';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '13' AND a.staff_id < '14';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '14' AND a.staff_id < '15';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '15' AND a.staff_id < '16';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '16' AND a.staff_id < '17';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '17' AND a.staff_id < '18';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '18' AND a.staff_id < '19';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '19' AND a.staff_id < '1a';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '1a' AND a.staff_id < '1b';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '1b' AND a.staff_id < '1c';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '1c' AND a.staff_id < '1d';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '1d' AND a.staff_id < '1e';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '1e' AND a.staff_id < '1f';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '1f' AND a.staff_id < '20';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '20' AND a.staff_id < '21';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '21' AND a.staff_id < '22';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '22' AND a.staff_id < '23';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '23' AND a.staff_id < '24';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '24' AND a.staff_id < '25';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '25' AND a.staff_id < '26';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '26' AND a.staff_id < '27';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '27' AND a.staff_id < '28';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '28' AND a.staff_id < '29';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '29' AND a.staff_id < '2a';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '2a' AND a.staff_id < '2b';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '2b' AND a.staff_id < '2c';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '2c' AND a.staff_id < '2d';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '2d' AND a.staff_id < '2e';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '2e' AND a.staff_id < '2f';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '2f' AND a.staff_id < '30';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '30' AND a.staff_id < '31';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '31' AND a.staff_id < '32';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '32' AND a.staff_id < '33';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '33' AND a.staff_id < '34';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '34' AND a.staff_id < '35';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '35' AND a.staff_id < '36';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '36' AND a.staff_id < '37';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '37' AND a.staff_id < '38';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '38' AND a.staff_id < '39';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '39' AND a.staff_id < '3a';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '3a' AND a.staff_id < '3b';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '3b' AND a.staff_id < '3c';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '3c' AND a.staff_id < '3d';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '3d' AND a.staff_id < '3e';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '3e' AND a.staff_id < '3f';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '3f' AND a.staff_id < '40';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '40' AND a.staff_id < '41';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '41' AND a.staff_id < '42';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '42' AND a.staff_id < '43';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '43' AND a.staff_id < '44';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '44' AND a.staff_id < '45';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '45' AND a.staff_id < '46';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '46' AND a.staff_id < '47';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '47' AND a.staff_id < '48';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '48' AND a.staff_id < '49';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '49' AND a.staff_id < '4a';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '4a' AND a.staff_id < '4b';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '4b' AND a.staff_id < '4c';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '4c' AND a.staff_id < '4d';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '4d' AND a.staff_id < '4e';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '4e' AND a.staff_id < '4f';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '4f' AND a.staff_id < '50';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '50' AND a.staff_id < '51';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '51' AND a.staff_id < '52';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '52' AND a.staff_id < '53';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '53' AND a.staff_id < '54';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '54' AND a.staff_id < '55';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '55' AND a.staff_id < '56';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '56' AND a.staff_id < '57';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '57' AND a.staff_id < '58';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '58' AND a.staff_id < '59';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '59' AND a.staff_id < '5a';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '5a' AND a.staff_id < '5b';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '5b' AND a.staff_id < '5c';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '5c' AND a.staff_id < '5d';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '5d' AND a.staff_id < '5e';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '5e' AND a.staff_id < '5f';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '5f' AND a.staff_id < '60';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '60' AND a.staff_id < '61';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '61' AND a.staff_id < '62';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '62' AND a.staff_id < '63';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '63' AND a.staff_id < '64';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '64' AND a.staff_id < '65';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '65' AND a.staff_id < '66';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '66' AND a.staff_id < '67';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '67' AND a.staff_id < '68';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '68' AND a.staff_id < '69';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '69' AND a.staff_id < '6a';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '6a' AND a.staff_id < '6b';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '6b' AND a.staff_id < '6c';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '6c' AND a.staff_id < '6d';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '6d' AND a.staff_id < '6e';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '6e' AND a.staff_id < '6f';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '6f' AND a.staff_id < '70';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '70' AND a.staff_id < '71';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '71' AND a.staff_id < '72';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '72' AND a.staff_id < '73';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '73' AND a.staff_id < '74';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '74' AND a.staff_id < '75';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '75' AND a.staff_id < '76';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '76' AND a.staff_id < '77';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '77' AND a.staff_id < '78';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '78' AND a.staff_id < '79';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '79' AND a.staff_id < '7a';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '7a' AND a.staff_id < '7b';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '7b' AND a.staff_id < '7c';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '7c' AND a.staff_id < '7d';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '7d' AND a.staff_id < '7e';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '7e' AND a.staff_id < '7f';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '7f' AND a.staff_id < '80';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '80' AND a.staff_id < '81';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '81' AND a.staff_id < '82';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '82' AND a.staff_id < '83';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '83' AND a.staff_id < '84';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '84' AND a.staff_id < '85';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '85' AND a.staff_id < '86';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '86' AND a.staff_id < '87';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '87' AND a.staff_id < '88';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '88' AND a.staff_id < '89';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '89' AND a.staff_id < '8a';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '8a' AND a.staff_id < '8b';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '8b' AND a.staff_id < '8c';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '8c' AND a.staff_id < '8d';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '8d' AND a.staff_id < '8e';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '8e' AND a.staff_id < '8f';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '8f' AND a.staff_id < '90';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '90' AND a.staff_id < '91';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '91' AND a.staff_id < '92';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '92' AND a.staff_id < '93';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '93' AND a.staff_id < '94';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '94' AND a.staff_id < '95';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '95' AND a.staff_id < '96';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '96' AND a.staff_id < '97';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '97' AND a.staff_id < '98';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '98' AND a.staff_id < '99';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '99' AND a.staff_id < '9a';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '9a' AND a.staff_id < '9b';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '9b' AND a.staff_id < '9c';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '9c' AND a.staff_id < '9d';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '9d' AND a.staff_id < '9e';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '9e' AND a.staff_id < '9f';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= '9f' AND a.staff_id < 'a0';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'a0' AND a.staff_id < 'a1';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'a1' AND a.staff_id < 'a2';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'a2' AND a.staff_id < 'a3';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'a3' AND a.staff_id < 'a4';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'a4' AND a.staff_id < 'a5';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'a5' AND a.staff_id < 'a6';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'a6' AND a.staff_id < 'a7';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'a7' AND a.staff_id < 'a8';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'a8' AND a.staff_id < 'a9';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'a9' AND a.staff_id < 'aa';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'aa' AND a.staff_id < 'ab';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'ab' AND a.staff_id < 'ac';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'ac' AND a.staff_id < 'ad';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'ad' AND a.staff_id < 'ae';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'ae' AND a.staff_id < 'af';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'af' AND a.staff_id < 'b0';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'b0' AND a.staff_id < 'b1';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'b1' AND a.staff_id < 'b2';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'b2' AND a.staff_id < 'b3';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'b3' AND a.staff_id < 'b4';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'b4' AND a.staff_id < 'b5';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'b5' AND a.staff_id < 'b6';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'b6' AND a.staff_id < 'b7';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'b7' AND a.staff_id < 'b8';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'b8' AND a.staff_id < 'b9';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'b9' AND a.staff_id < 'ba';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'ba' AND a.staff_id < 'bb';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'bb' AND a.staff_id < 'bc';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'bc' AND a.staff_id < 'bd';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'bd' AND a.staff_id < 'be';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'be' AND a.staff_id < 'bf';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'bf' AND a.staff_id < 'c0';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'c0' AND a.staff_id < 'c1';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'c1' AND a.staff_id < 'c2';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'c2' AND a.staff_id < 'c3';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'c3' AND a.staff_id < 'c4';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'c4' AND a.staff_id < 'c5';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'c5' AND a.staff_id < 'c6';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'c6' AND a.staff_id < 'c7';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'c7' AND a.staff_id < 'c8';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'c8' AND a.staff_id < 'c9';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'c9' AND a.staff_id < 'ca';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'ca' AND a.staff_id < 'cb';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'cb' AND a.staff_id < 'cc';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'cc' AND a.staff_id < 'cd';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'cd' AND a.staff_id < 'ce';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'ce' AND a.staff_id < 'cf';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'cf' AND a.staff_id < 'd0';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'd0' AND a.staff_id < 'd1';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'd1' AND a.staff_id < 'd2';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'd2' AND a.staff_id < 'd3';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'd3' AND a.staff_id < 'd4';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'd4' AND a.staff_id < 'd5';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'd5' AND a.staff_id < 'd6';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'd6' AND a.staff_id < 'd7';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'd7' AND a.staff_id < 'd8';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'd8' AND a.staff_id < 'd9';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'd9' AND a.staff_id < 'da';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'da' AND a.staff_id < 'db';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'db' AND a.staff_id < 'dc';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'dc' AND a.staff_id < 'dd';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'dd' AND a.staff_id < 'de';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'de' AND a.staff_id < 'df';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'df' AND a.staff_id < 'e0';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'e0' AND a.staff_id < 'e1';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'e1' AND a.staff_id < 'e2';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'e2' AND a.staff_id < 'e3';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'e3' AND a.staff_id < 'e4';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'e4' AND a.staff_id < 'e5';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'e5' AND a.staff_id < 'e6';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'e6' AND a.staff_id < 'e7';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'e7' AND a.staff_id < 'e8';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'e8' AND a.staff_id < 'e9';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'e9' AND a.staff_id < 'ea';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'ea' AND a.staff_id < 'eb';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'eb' AND a.staff_id < 'ec';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'ec' AND a.staff_id < 'ed';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'ed' AND a.staff_id < 'ee';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'ee' AND a.staff_id < 'ef';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'ef' AND a.staff_id < 'f0';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'f0' AND a.staff_id < 'f1';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'f1' AND a.staff_id < 'f2';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'f2' AND a.staff_id < 'f3';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'f3' AND a.staff_id < 'f4';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'f4' AND a.staff_id < 'f5';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'f5' AND a.staff_id < 'f6';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'f6' AND a.staff_id < 'f7';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'f7' AND a.staff_id < 'f8';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'f8' AND a.staff_id < 'f9';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'f9' AND a.staff_id < 'fa';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'fa' AND a.staff_id < 'fb';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'fb' AND a.staff_id < 'fc';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'fc' AND a.staff_id < 'fd';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'fd' AND a.staff_id < 'fe';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'fe' AND a.staff_id < 'ff';
INSERT INTO report_fact SELECT a.staff_id, a.effective_from, a.effective_to, s.start_date, s.leaving_date, s.sex,
  s.ethnic_group, s.disability, s.date_of_birth, s.allowances_pence, s.bonus_pence, s.full_pay, a.structure_id,
  a.band_id, a.zone_code, a.pay_point, a.weekly_hours, a.post_id, p.unit_id, p.jd_id
  FROM staff_assignment a JOIN staff_member s ON s.id = a.staff_id LEFT JOIN post p ON p.id = a.post_id WHERE a.staff_id >= 'ff';

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
