-- Staff search at scale (issue 8). The search lists people by name with their position today and filters on unit,
-- band and protection; joining everyone to the assignment and protections in force on the day, and counting through
-- those joins, was most of each request's time at 100,000 staff. Each staff record now carries its position as of a
-- day: post, unit, band and whether pay protection is in force, with the days over which all of that holds
-- (position_from to position_until, both inclusive). It is derived data, written only by CurrentPositions: by every
-- write that changes assignments or protections, in the same transaction, and, before a search, for records whose
-- days do not cover the day asked about (a dated change has come into force) or that were never worked out (NULL).
ALTER TABLE staff_member
  ADD COLUMN current_post_id CHAR(36) NULL,
  ADD COLUMN current_unit_id CHAR(36) NULL,
  ADD COLUMN current_band_id CHAR(36) NULL,
  ADD COLUMN protected_now   BOOLEAN  NOT NULL DEFAULT FALSE,
  ADD COLUMN position_from   DATE     NULL,
  ADD COLUMN position_until  DATE     NULL,
  ADD INDEX ix_staff_member_current_unit (current_unit_id, last_name, first_name, staff_number),
  ADD INDEX ix_staff_member_current_band (current_band_id, last_name, first_name, staff_number),
  ADD INDEX ix_staff_member_protected (protected_now, last_name, first_name, staff_number),
  ADD INDEX ix_staff_member_current_post (current_post_id),
  ADD INDEX ix_staff_member_position_until (position_until),
  ADD INDEX ix_staff_member_position_from (position_from),
  -- the search's first-name branch reads its matches in name order from the index alone
  DROP INDEX ix_staff_member_first_name,
  ADD INDEX ix_staff_member_first_name (first_name, last_name, staff_number);

-- The staff search's counts are cached per version of the workforce data (see ReferenceData).
INSERT INTO reference_version (kind, version) VALUES ('WORKFORCE', 1);
