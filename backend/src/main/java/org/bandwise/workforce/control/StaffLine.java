package org.bandwise.workforce.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One valid row of a staff file, typed. {@code columns} are the file's columns: a column the file
 * does not have leaves that part of an existing record as it is, while a blank cell in a column it
 * has clears it.
 */
public record StaffLine(
    int row,
    String staffNumber,
    String firstName,
    String lastName,
    String workEmail,
    String username,
    String userId,
    String postNumber,
    String jdReference,
    String jdId,
    String unitName,
    String zone,
    ImportReferences.Structure structure,
    ImportReferences.Band band,
    int payPoint,
    BigDecimal weeklyHours,
    LocalDate startDate,
    LocalDate leavingDate,
    Sex sex,
    EthnicGroup ethnicGroup,
    Disability disability,
    LocalDate dateOfBirth,
    String union,
    long allowancesPence,
    long bonusPence,
    boolean fullPay,
    Set<String> columns) {

  public boolean has(String column) {
    return columns.contains(column);
  }
}
