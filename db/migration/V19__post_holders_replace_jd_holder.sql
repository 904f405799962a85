-- Issue 8: post holders come from staff assignments. The stand-in list of JD holders (jd_holder) is replaced:
-- who holds a JD is now the staff whose assignment in force on a day is on a post for that JD (through the staff
-- record's link to a sign-in account). V8 carried the list over into staff records once; the application kept
-- writing jd_holder after that (demo data, the old "say who holds the post" endpoint, both removed now), so the
-- rows added since are carried over the same way before the table goes:
--   - a JD held by someone and without any post gets a post MIG-<reference> in the "Unassigned" unit;
--   - a holder without a staff record gets one (staff number U-<username>) linked to their account;
--   - a holder whose staff record has no assignment at all gets one from today on a post for (one of) the JDs
--     they held. A staff record that already has assignments is left as it is: it is the record of truth.

INSERT INTO org_unit (id, name, kind, parent_id, created_at)
SELECT UUID(), 'Unassigned', 'OTHER', NULL, NOW(3) FROM DUAL
 WHERE EXISTS (SELECT 1 FROM jd_holder h WHERE NOT EXISTS (SELECT 1 FROM post p WHERE p.jd_id = h.jd_id))
   AND NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.name = 'Unassigned');

INSERT INTO post (id, post_number, jd_id, unit_id, zone_code, weekly_hours, created_at, updated_at)
SELECT UUID(), LEFT(CONCAT('MIG-', j.reference), 30), j.id, (SELECT u.id FROM org_unit u WHERE u.name = 'Unassigned'),
       'NATIONAL', 37.00, NOW(3), NOW(3)
  FROM job_description j
 WHERE EXISTS (SELECT 1 FROM jd_holder h WHERE h.jd_id = j.id)
   AND NOT EXISTS (SELECT 1 FROM post p WHERE p.jd_id = j.id)
   AND NOT EXISTS (SELECT 1 FROM post p WHERE p.post_number = LEFT(CONCAT('MIG-', j.reference), 30));

INSERT INTO staff_member (id, staff_number, first_name, last_name, user_id, union_code, created_at, updated_at)
SELECT UUID(), LEFT(CONCAT('U-', REPLACE(REPLACE(a.username, '.', '-'), '@', '-')), 20),
       CASE WHEN LOCATE(' ', a.display_name) > 0
            THEN LEFT(a.display_name, CHAR_LENGTH(a.display_name) - CHAR_LENGTH(SUBSTRING_INDEX(a.display_name, ' ', -1)) - 1)
            ELSE a.display_name END,
       CASE WHEN LOCATE(' ', a.display_name) > 0 THEN SUBSTRING_INDEX(a.display_name, ' ', -1) ELSE '' END,
       a.id, a.union_code, NOW(3), NOW(3)
  FROM app_user a
 WHERE EXISTS (SELECT 1 FROM jd_holder h WHERE h.user_id = a.id)
   AND NOT EXISTS (SELECT 1 FROM staff_member s WHERE s.user_id = a.id)
   AND NOT EXISTS (SELECT 1 FROM staff_member s
                    WHERE s.staff_number = LEFT(CONCAT('U-', REPLACE(REPLACE(a.username, '.', '-'), '@', '-')), 20));

INSERT INTO staff_assignment (id, staff_id, effective_from, post_id, zone_code, weekly_hours, reason, note,
                              created_at, created_by)
SELECT UUID(), s.id, CURDATE(),
       (SELECT p.id FROM post p JOIN jd_holder h ON h.jd_id = p.jd_id WHERE h.user_id = s.user_id
         ORDER BY p.post_number LIMIT 1),
       'NATIONAL', 37.00, 'MIGRATED', 'Carried over from the list of post holders.', NOW(3), 'system'
  FROM staff_member s
 WHERE s.user_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM jd_holder h WHERE h.user_id = s.user_id)
   AND NOT EXISTS (SELECT 1 FROM staff_assignment a WHERE a.staff_id = s.id);

DROP TABLE jd_holder;

-- Staff search (GET /api/v1/staff) over 100,000 staff at 16 connections, target p99 <= 100 ms (bench/staff-search.sh):
--   - the list is ordered by last name, first name, staff number: with the staff number in the name index a page is
--     read in index order and stops at the page, instead of sorting every match;
--   - a search word is looked up as a prefix of the first name too (one of the union's index lookups).
ALTER TABLE staff_member DROP INDEX ix_staff_member_name,
  ADD INDEX ix_staff_member_name (last_name, first_name, staff_number),
  ADD INDEX ix_staff_member_first_name (first_name);
