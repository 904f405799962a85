-- Reports at scale (issue 11). Every workforce report joins each person employed on its day to the assignment covering
-- it; at 1.4 million staff that join is most of a report's time. This index holds every assignment column the reports
-- read, in staff order: the pass reads it from end to end without touching the table rows (EXPLAIN: "Using index")
-- and looks each person up by primary key in the same order, so both are read in step rather than at random.
CREATE INDEX ix_staff_assignment_report ON staff_assignment
  (staff_id, effective_from, effective_to, band_id, zone_code, pay_point, weekly_hours, post_id, structure_id);
