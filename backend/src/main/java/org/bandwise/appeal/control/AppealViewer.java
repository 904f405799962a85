package org.bandwise.appeal.control;

import org.bandwise.identity.entity.TradeUnion;

/**
 * Who is looking at appeals, and so which they may see: HR and auditors see all ({@code all}); a
 * union rep sees their own union's ({@code repUnion}); a staff member sees those that include them
 * ({@code staffId}). A person with several roles sees what any of them allows.
 *
 * @param hr may take HR's steps (HR evaluators and HR admins)
 */
public record AppealViewer(
    String userId,
    String displayName,
    boolean all,
    boolean hr,
    TradeUnion repUnion,
    String staffId) {

  /** Whether this viewer may see an appeal of this union that includes (or not) their record. */
  public boolean sees(String appealUnion, boolean includesMe) {
    return all
        || (repUnion != null && repUnion.name().equals(appealUnion))
        || (staffId != null && includesMe);
  }

  /** Acts for the appeal's side: the rep of its union. */
  public boolean repOf(String appealUnion) {
    return repUnion != null && repUnion.name().equals(appealUnion);
  }
}
