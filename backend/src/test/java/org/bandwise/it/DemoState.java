package org.bandwise.it;

import java.sql.SQLException;

/**
 * The integration test classes share one database, made by the demo story, and several change the
 * demo people on purpose: they link the demo accounts to staff records of their own (post holders
 * come from staff records), and an upheld appeal ends the facilitators' pay protection ("appeal
 * upheld") when its re-banding is applied. A class that reads the demo story's people calls {@link
 * #restore()} first, so that it passes whichever classes ran before it.
 */
final class DemoState {

  /** Each demo account and the staff record the demo story links it to. */
  private static final String[][] ACCOUNTS = {
    {"staff", "S002998"}, {"staff2", "S002999"}, {"staff3", "S003000"}, {"staff4", "S000004"}
  };

  private DemoState() {}

  static void restore() throws SQLException {
    for (String[] account : ACCOUNTS) {
      TestDatabase.execute(
          "UPDATE staff_member SET user_id = NULL"
              + " WHERE user_id = (SELECT id FROM app_user WHERE username = ?)",
          account[0]);
      TestDatabase.execute(
          "UPDATE staff_member SET user_id = (SELECT id FROM app_user WHERE username = ?)"
              + " WHERE staff_number = ?",
          account[0],
          account[1]);
    }
    TestDatabase.execute(
        "UPDATE pay_protection SET ended_on = NULL, end_reason = NULL"
            + " WHERE end_reason = 'APPEAL_UPHELD'");
  }
}
