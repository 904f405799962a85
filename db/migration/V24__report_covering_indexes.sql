-- Reports at scale (issue 11). Every workforce report joins each staff member to the assignment covering its day and
-- reads a few columns of each; at 1.4 million staff the join itself is most of the time. These two indexes hold every
-- column the reports read, in staff order on both sides, so the join reads index entries only (EXPLAIN: "Using
-- index" on both tables) and walks both indexes in step instead of fetching table rows in random order.
CREATE INDEX ix_staff_member_report ON staff_member
  (id, start_date, leaving_date, sex, full_pay, allowances_pence, bonus_pence, ethnic_group, disability, date_of_birth);
CREATE INDEX ix_staff_assignment_report ON staff_assignment
  (staff_id, effective_from, effective_to, band_id, zone_code, pay_point, weekly_hours, post_id, structure_id);
