package org.bandwise.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import org.bandwise.evaluation.entity.EvaluationStatus;
import org.bandwise.evaluation.entity.Priority;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a request may wait, so that nothing waits unseen: HR decides on a request within {@code
 * decisionDays}, and an accepted one is published within {@code p1Days} or {@code p2Days} of the
 * request. Past that it is overdue, shown to everyone in the queue and counted per directorate.
 */
@ApplicationScoped
public class WaitingTargets {

  @Inject
  @ConfigProperty(name = "bandwise.evaluation.decision-days", defaultValue = "20")
  int decisionDays;

  @Inject
  @ConfigProperty(name = "bandwise.evaluation.p1-days", defaultValue = "60")
  int p1Days;

  @Inject
  @ConfigProperty(name = "bandwise.evaluation.p2-days", defaultValue = "120")
  int p2Days;

  public WaitingTargets() {}

  public WaitingTargets(int decisionDays, int p1Days, int p2Days) {
    this.decisionDays = decisionDays;
    this.p1Days = p1Days;
    this.p2Days = p2Days;
  }

  public static boolean open(EvaluationStatus status) {
    return status == EvaluationStatus.REQUESTED
        || status == EvaluationStatus.ACCEPTED
        || status == EvaluationStatus.IN_PANEL;
  }

  public LocalDate target(LocalDate requestedOn, EvaluationStatus status, Priority priority) {
    if (status == EvaluationStatus.REQUESTED) {
      return requestedOn.plusDays(decisionDays);
    }
    return requestedOn.plusDays(priority == Priority.P1 ? p1Days : p2Days);
  }

  /** Days from the request until it was closed (published or rejected), or until today. */
  public static int daysWaiting(LocalDate requestedOn, LocalDate closedOn, LocalDate today) {
    LocalDate end = closedOn == null ? today : closedOn;
    return (int) Math.max(0, ChronoUnit.DAYS.between(requestedOn, end));
  }

  public boolean overdue(
      LocalDate requestedOn, EvaluationStatus status, Priority priority, LocalDate today) {
    return open(status) && today.isAfter(target(requestedOn, status, priority));
  }

  public static int median(Collection<Integer> days) {
    return (int) Math.floor(ConsistencyRules.median(days).orElse(0));
  }
}
