package org.bandwise.evaluation.control;

import java.time.LocalDateTime;
import java.util.List;
import org.bandwise.evaluation.entity.AgreedLevel;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.PanelSeat;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.evaluation.entity.Priority;
import org.bandwise.evaluation.entity.RequesterType;
import org.bandwise.payband.entity.PayBand;
import org.bandwise.payband.entity.PayStructure;
import org.bandwise.scheme.entity.Scheme;
import org.bandwise.scheme.entity.SchemeLevel;

/** A small scheme and a panel to try the evaluation rules on, without a database. */
final class Panels {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 10, 0);
  static final PanelSeat CHAIR = new PanelSeat("chair", "Sam Okafor", PanelSide.MANAGEMENT, true);
  static final PanelSeat MANAGER =
      new PanelSeat("manager", "Priya Shah", PanelSide.MANAGEMENT, false);
  static final PanelSeat REP = new PanelSeat("rep", "Rhiannon Evans", PanelSide.STAFF, false);

  private Panels() {}

  /** Two factors (10, 20, 30 points each); Band 1 is 0–39, Band 2 is 40–60; near = within 5. */
  static Scheme scheme() {
    PayStructure structure = new PayStructure() {};
    PayBand one = new PayBand(structure, "1", "Band 1", 1, null, true, NOW);
    PayBand two = new PayBand(structure, "2", "Band 2", 2, null, true, NOW);
    Scheme scheme = new Scheme("TEST", 1, "Test scheme", null, true, structure, 5, null, NOW);
    List<SchemeLevel> levels =
        List.of(
            new SchemeLevel(1, 10, "Some"),
            new SchemeLevel(2, 20, "More"),
            new SchemeLevel(3, 30, "Most"));
    scheme.addFactor("KNOWLEDGE", "Knowledge", null, levels);
    scheme.addFactor("RISK", "Risk", null, levels);
    scheme.addBandRange(one, 0, 39);
    scheme.addBandRange(two, 40, 60);
    return scheme;
  }

  /** An evaluation with its panel (chair, a second manager, a rep), nothing agreed yet. */
  static Evaluation withPanel(Scheme scheme) {
    Evaluation evaluation =
        new Evaluation("jd", "version", "requester", RequesterType.HR, "Duties changed.", NOW);
    evaluation.accept(Priority.P2, "HR", NOW);
    evaluation.seatPanel(scheme.id().toString(), List.of(CHAIR, MANAGER, REP), NOW);
    return evaluation;
  }

  static AgreedLevel agreed(String factor, int level, String rationale) {
    return new AgreedLevel(factor, level, level * 10, rationale, "Sam Okafor", NOW);
  }
}
