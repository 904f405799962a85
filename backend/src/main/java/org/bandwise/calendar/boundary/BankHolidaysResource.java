package org.bandwise.calendar.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.bandwise.api.CalendarApi;
import org.bandwise.api.model.BankHoliday;
import org.bandwise.api.model.BankHolidayList;
import org.bandwise.calendar.control.BankHolidayCalendar;
import org.bandwise.platform.Roles;

/** The bank holiday calendar: everyone signed in reads it; HR admins keep it. */
@RequestScoped
public class BankHolidaysResource implements CalendarApi {

  @Inject BankHolidayCalendar calendar;

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_EVALUATOR, Roles.UNION_REP, Roles.STAFF, Roles.AUDITOR})
  public Response listBankHolidays(Integer year) {
    return Response.ok(
            new BankHolidayList()
                .items(
                    calendar.list(year).stream()
                        .map(h -> new BankHoliday().date(h.date()).title(h.title()))
                        .toList()))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response addBankHoliday(BankHoliday holiday, String xRequestedWith) {
    var added = calendar.add(holiday.getDate(), holiday.getTitle());
    return Response.status(Response.Status.CREATED)
        .entity(new BankHoliday().date(added.date()).title(added.title()))
        .build();
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.HR_ADMIN})
  public Response removeBankHoliday(LocalDate date, String xRequestedWith) {
    calendar.remove(date);
    return Response.noContent().build();
  }
}
