-- A published outcome is the panel's joint decision: each member's sign-off of the agreed levels, who signed
-- and when (a change to an agreed level withdraws them all). One open evaluation request per job description,
-- enforced by the database so that two requests at once give one 201 and one 409.

CREATE TABLE panel_sign_off (
  evaluation_id CHAR(36)     NOT NULL,
  user_id       CHAR(36)     NOT NULL,
  display_name  VARCHAR(100) NOT NULL,
  side          VARCHAR(10)  NOT NULL,
  chair         BOOLEAN      NOT NULL DEFAULT FALSE,
  signed_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (evaluation_id, user_id),
  KEY ix_panel_sign_off_user (user_id),
  CONSTRAINT fk_panel_sign_off_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
  CONSTRAINT fk_panel_sign_off_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The JD of an open request (REQUESTED, ACCEPTED or IN_PANEL), NULL once it is rejected or published: unique, so
-- a JD has at most one open request whichever version it names. The application keeps it in step with the status
-- (a generated column cannot read jd_id on MariaDB, because jd_id is in a foreign key).
ALTER TABLE evaluation
  ADD COLUMN open_jd_id CHAR(36) NULL,
  ADD COLUMN awaiting_sign_off BOOLEAN NOT NULL DEFAULT FALSE,
  ADD KEY ix_evaluation_awaiting_sign_off (awaiting_sign_off, requested_at),
  ADD KEY ix_evaluation_requester (requester_id, requested_at);

-- Existing open requests: the longest waiting one per JD holds the slot.
UPDATE evaluation e
  JOIN (SELECT o.jd_id, MIN(o.id) AS first_id
          FROM evaluation o
          JOIN (SELECT jd_id, MIN(requested_at) AS first_at FROM evaluation
                 WHERE status IN ('REQUESTED', 'ACCEPTED', 'IN_PANEL') GROUP BY jd_id) f
            ON f.jd_id = o.jd_id AND f.first_at = o.requested_at
         WHERE o.status IN ('REQUESTED', 'ACCEPTED', 'IN_PANEL')
         GROUP BY o.jd_id) firsts ON firsts.first_id = e.id
   SET e.open_jd_id = e.jd_id;

ALTER TABLE evaluation ADD CONSTRAINT uk_evaluation_open_jd UNIQUE (open_jd_id);
