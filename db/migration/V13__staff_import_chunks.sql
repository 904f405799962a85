-- Staff import files (issue 8) are kept in 1 MB chunks rather than in staff_import.file_data: one LONGBLOB of up to
-- 50 MB would need a max_allowed_packet above MariaDB's default (16 MB). Validation and apply stream the chunks back
-- in order; they are removed once the import is applied or has failed.
CREATE TABLE staff_import_chunk (
  import_id CHAR(36)   NOT NULL,
  seq       INT        NOT NULL,
  data      MEDIUMBLOB NOT NULL,
  PRIMARY KEY (import_id, seq),
  CONSTRAINT fk_staff_import_chunk_import FOREIGN KEY (import_id) REFERENCES staff_import (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the import a pay-history entry came from, and an import's errors in row order, are read by index
CREATE INDEX ix_staff_assignment_import ON staff_assignment (import_id);
