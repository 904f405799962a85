package org.bandwise.appeal.boundary;

import java.time.ZoneOffset;
import org.bandwise.api.model.Consent;
import org.bandwise.api.model.RecordView;
import org.bandwise.api.model.Union;
import org.bandwise.api.model.UnionMember;
import org.bandwise.appeal.control.MemberConsent;

/**
 * A member's consent to their union seeing their record, and the union's reads of it, on the wire.
 */
final class ConsentMapping {

  private ConsentMapping() {}

  static Consent consent(MemberConsent.Consent c) {
    return new Consent()
        .granted(c.granted())
        .union(c.union() == null ? null : Union.valueOf(c.union()))
        .changedAt(c.changedAt() == null ? null : c.changedAt().atOffset(ZoneOffset.UTC));
  }

  static RecordView recordView(MemberConsent.RecordView v) {
    return new RecordView()
        .at(v.at().atOffset(ZoneOffset.UTC))
        .by(v.by())
        .union(v.union() == null ? null : Union.valueOf(v.union()));
  }

  static UnionMember unionMember(MemberConsent.Member m) {
    return new UnionMember().staffNumber(m.staffNumber()).name(m.name()).consented(m.consented());
  }
}
