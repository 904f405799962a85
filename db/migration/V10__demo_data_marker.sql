-- Demo data is made at first start by the application's own code (org.bandwise.demo.control.DemoData), in
-- demo mode only. This one row records whether it has been made; an instance locks it (SELECT ... FOR UPDATE)
-- while it makes the story, so of several instances starting together exactly one makes it and the others
-- find it done.
CREATE TABLE demo_data (
  name VARCHAR(40) NOT NULL,
  created_at DATETIME(3) NULL,
  CONSTRAINT pk_demo_data PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO demo_data (name, created_at) VALUES ('story', NULL);
