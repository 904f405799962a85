-- A first run on a blank database: the bootstrap HR admin (BANDWISE_BOOTSTRAP_ADMIN_USERNAME) signs in with a
-- password an operator chose, so it must choose its own before it can do anything else.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- Start-up work that must run once however many instances start together takes its row here with
-- SELECT ... FOR UPDATE: the second instance waits, then sees the work already done.
CREATE TABLE startup_lock (
  name VARCHAR(50) NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO startup_lock (name) VALUES ('bootstrap-admin');
