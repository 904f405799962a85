package org.bandwise.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StaffFileColumnsTest {

  @Test
  void theTemplateIsThePublishedHeaderRow() {
    assertEquals(
        "staff_number,first_name,last_name,work_email,username,post_number,jd_reference,unit,"
            + "pay_zone,pay_structure,band,pay_point,weekly_hours,start_date,leaving_date,sex,"
            + "ethnicity,disability,date_of_birth,union,allowances_pence,bonus_pence,full_pay\r\n",
        StaffFileColumns.headerRow());
  }

  @Test
  void formulaCellsAreNeutralisedOnExportAndReadBackOnImport() {
    for (String formula : new String[] {"=1+1", "+44", "-2", "@SUM(A1)"}) {
      String exported = StaffFileColumns.neutralise(formula);
      assertEquals("'" + formula, exported);
      assertEquals(formula, StaffFileColumns.restore(exported));
    }
    assertEquals("Okafor", StaffFileColumns.neutralise("Okafor"));
    assertEquals("", StaffFileColumns.neutralise(null));
    assertEquals("'quoted", StaffFileColumns.restore("'quoted"));
    assertEquals("O'Neill", StaffFileColumns.restore("O'Neill"));
  }
}
