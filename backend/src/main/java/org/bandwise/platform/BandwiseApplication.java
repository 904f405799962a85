package org.bandwise.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bandwise.audit.boundary.AuditResource;
import org.bandwise.evaluation.boundary.EvaluationsResource;
import org.bandwise.identity.boundary.AuthResource;
import org.bandwise.identity.boundary.PasswordChangeGate;
import org.bandwise.identity.boundary.UsersResource;
import org.bandwise.job.boundary.JobDescriptionsResource;
import org.bandwise.payband.boundary.PayBandsResource;
import org.bandwise.payband.boundary.PayScalesResource;
import org.bandwise.payband.boundary.PayStructuresResource;
import org.bandwise.platform.error.ProblemMapper;
import org.bandwise.platform.error.TransactionProblemMapper;
import org.bandwise.platform.error.ValidationProblemMapper;
import org.bandwise.platform.http.ContractValidation;
import org.bandwise.platform.http.CrossSiteRequestFilter;
import org.bandwise.platform.http.DateParameters;
import org.bandwise.platform.http.RoleRules;
import org.bandwise.platform.http.StrictJson;
import org.bandwise.protection.boundary.ProtectionsResource;
import org.bandwise.rebanding.boundary.RebandingsResource;
import org.bandwise.report.boundary.ReportsResource;
import org.bandwise.scheme.boundary.SchemesResource;
import org.bandwise.service.boundary.ServiceInfoResource;
import org.bandwise.workforce.boundary.PeopleResource;
import org.bandwise.workforce.boundary.StaffImportsResource;

/**
 * The API under {@code /api/v1}. Resources implement the interfaces generated from the contract and
 * are listed here explicitly: Jersey would otherwise try to instantiate the generated {@code @Path}
 * interfaces.
 */
@ApplicationPath("/api/v1")
@ApplicationScoped
@DeclareRoles({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
public class BandwiseApplication extends Application {

  public static final Set<Class<?>> RESOURCES =
      Set.of(
          AuthResource.class,
          UsersResource.class,
          PayStructuresResource.class,
          PayBandsResource.class,
          PayScalesResource.class,
          AuditResource.class,
          SchemesResource.class,
          JobDescriptionsResource.class,
          EvaluationsResource.class,
          ServiceInfoResource.class,
          PeopleResource.class,
          StaffImportsResource.class,
          RebandingsResource.class,
          ProtectionsResource.class,
          ReportsResource.class,
          org.bandwise.appeal.boundary.AppealsResource.class,
          org.bandwise.notification.boundary.NotificationsResource.class,
          org.bandwise.calendar.boundary.BankHolidaysResource.class,
          org.bandwise.vacancy.boundary.VacanciesResource.class);

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(RESOURCES);
    classes.add(ProblemMapper.class);
    classes.add(CrossSiteRequestFilter.class);
    classes.add(DateParameters.class);
    classes.add(RoleRules.class);
    classes.add(PasswordChangeGate.class);
    classes.add(ValidationProblemMapper.class);
    classes.add(StrictJson.class);
    classes.add(ContractValidation.class);
    classes.add(TransactionProblemMapper.class);
    return classes;
  }

  /** No generated WADL: every address under the API is an operation of the contract or a 404. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
