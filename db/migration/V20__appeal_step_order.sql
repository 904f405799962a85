-- An appeal's timeline lists its steps in the order they were taken. Several steps are often taken in the same second
-- (an upheld decision records the review, the panel, the decision and the new outcome in one transaction, and
-- taken_at keeps whole seconds here), so a sequence number breaks the tie instead of the step's random id.
ALTER TABLE appeal_step
  ADD COLUMN seq BIGINT NOT NULL AUTO_INCREMENT,
  ADD UNIQUE KEY uk_appeal_step_seq (seq);
