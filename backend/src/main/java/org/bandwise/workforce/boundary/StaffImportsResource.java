package org.bandwise.workforce.boundary;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.bandwise.api.StaffImportsApi;
import org.bandwise.api.model.StaffImport;
import org.bandwise.api.model.StaffImportError;
import org.bandwise.api.model.StaffImportErrorPage;
import org.bandwise.api.model.StaffImportPage;
import org.bandwise.api.model.StaffImportProgress;
import org.bandwise.api.model.StaffImportStatus;
import org.bandwise.api.model.StaffImportSummary;
import org.bandwise.identity.boundary.Caller;
import org.bandwise.platform.Roles;
import org.bandwise.platform.error.ProblemException;
import org.bandwise.platform.http.MultipartFile;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;
import org.bandwise.workforce.control.ImportError;
import org.bandwise.workforce.control.StaffFileColumns;
import org.bandwise.workforce.control.StaffFileReader;
import org.bandwise.workforce.control.StaffImportJobs;
import org.bandwise.workforce.control.StaffImportStore;
import org.bandwise.workforce.control.StaffImportStore.ImportRow;
import org.bandwise.workforce.control.UnreadableFile;

/**
 * Staff imports (HR admins; auditors read them): a file is uploaded and checked in the background
 * (202), read back with its progress, summary and errors, and applied once (202), all or nothing.
 * The upload's own transaction is the store's; the checking and applying run on the managed
 * executor ({@link StaffImportJobs}).
 */
@RequestScoped
public class StaffImportsResource implements StaffImportsApi {

  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject StaffImportStore store;
  @Inject StaffImportJobs jobs;
  @Inject Caller caller;
  @Inject Clock clock;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listStaffImports(Integer page, Integer size) {
    Page<ImportRow> imports = store.list(PageRequest.of(page, size));
    return Response.ok(
            new StaffImportPage()
                .items(imports.items().stream().map(StaffImportsResource::view).toList())
                .page(imports.request().page())
                .size(imports.request().size())
                .totalItems(imports.totalItems()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN})
  public Response createStaffImport(File body, LocalDate effectiveFrom, String xRequestedWith) {
    String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    Path upload = body.toPath();
    Path part = null;
    try {
      String fileName = null;
      StaffFileReader.Format declared;
      Optional<MultipartFile.Part> file =
          MultipartFile.fileField(
              upload,
              contentType,
              () ->
                  new ProblemException(
                      415,
                      "not-a-staff-file",
                      "Not a staff file",
                      "Send the staff file in the form's file field.",
                      List.of(
                          new org.bandwise.platform.error.FieldProblem(
                              "file", "Choose a CSV or XLSX file.")),
                      null));
      if (file.isPresent()) {
        part = file.get().file();
        upload = part;
        fileName =
            file.get().fileName() == null || file.get().fileName().isBlank()
                ? null
                : file.get().fileName();
        declared =
            fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? StaffFileReader.Format.XLSX
                : StaffFileReader.Format.CSV;
      } else {
        declared =
            type.startsWith(XLSX_TYPE) ? StaffFileReader.Format.XLSX : StaffFileReader.Format.CSV;
      }
      long bytes = Files.size(upload);
      if (bytes > StaffFileReader.MAX_BYTES) {
        throw new ProblemException(
            413,
            "file-too-large",
            "The file is too large",
            "The file is larger than 50 MB. Split it into smaller files and import each one.",
            List.of(
                new org.bandwise.platform.error.FieldProblem(
                    "file", "The file must be 50 MB or smaller.")),
            null);
      }
      if (bytes == 0) {
        throw ProblemException.invalid(
            "file", "The file is empty. Use the template, with its header row.");
      }
      StaffFileReader.Format format;
      try {
        format = StaffFileReader.sniff(upload);
      } catch (UnreadableFile e) {
        throw new ProblemException(
            415,
            "not-a-staff-file",
            "Not a staff file",
            e.getMessage(),
            List.of(new org.bandwise.platform.error.FieldProblem("file", e.getMessage())),
            null);
      }
      if (declared == StaffFileReader.Format.XLSX && format != StaffFileReader.Format.XLSX) {
        // sent as a workbook but it is not one: checked (and refused) as what it claims to be
        format = StaffFileReader.Format.XLSX;
      }
      LocalDate from =
          effectiveFrom == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : effectiveFrom;
      String id = jobs.upload(upload, format, fileName, from, caller.user().username());
      ImportRow row = store.get(id);
      return Response.accepted(view(row))
          .location(uriInfo.getBaseUriBuilder().path("staff-imports").path(id).build())
          .header("Cache-Control", "no-store")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        if (part != null) {
          Files.deleteIfExists(part);
        }
        Files.deleteIfExists(body.toPath());
      } catch (IOException e) {
        // a temporary file is left for the operating system to clear
      }
    }
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getStaffImportTemplate() {
    return Response.ok(StaffFileColumns.headerRow(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"staff-import-template.csv\"")
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
  public Response getStaffImport(UUID importId, Integer page, Integer size) {
    ImportRow row = store.get(importId.toString());
    StaffImport view = view(row);
    view.errors(errorPage(store.errors(row.id(), PageRequest.of(page, size))));
    return Response.ok(view).header("Cache-Control", "no-store").build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
  public Response listStaffImportErrors(UUID importId, Integer page, Integer size) {
    return Response.ok(errorPage(store.errors(importId.toString(), PageRequest.of(page, size))))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
  public Response exportStaffImportErrors(UUID importId) {
    String id = store.get(importId.toString()).id();
    StreamingOutput body =
        out -> {
          try (CsvWriter csv =
              CsvWriter.builder()
                  .lineDelimiter(LineDelimiter.CRLF)
                  .build(out, StandardCharsets.UTF_8)) {
            csv.writeRecord("Row", "Staff number", "Column", "Message");
            store.eachError(
                id,
                e ->
                    csv.writeRecord(
                        Integer.toString(e.row()),
                        StaffFileColumns.neutralise(e.staffNumber()),
                        StaffFileColumns.neutralise(e.field()),
                        StaffFileColumns.neutralise(e.message())));
          }
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"staff-import-errors.csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN})
  public Response applyStaffImport(UUID importId, String xRequestedWith) {
    ImportRow row = jobs.apply(importId.toString(), caller.user().username());
    return Response.accepted(view(row))
        .location(uriInfo.getBaseUriBuilder().path("staff-imports").path(row.id()).build())
        .header("Cache-Control", "no-store")
        .build();
  }

  private static StaffImportErrorPage errorPage(Page<ImportError> errors) {
    return new StaffImportErrorPage()
        .items(
            errors.items().stream()
                .map(
                    e ->
                        new StaffImportError()
                            .row(e.row())
                            .staffNumber(e.staffNumber())
                            .field(e.field())
                            .message(e.message()))
                .toList())
        .page(errors.request().page())
        .size(errors.request().size())
        .totalItems(errors.totalItems());
  }

  static StaffImport view(ImportRow r) {
    return new StaffImport()
        .id(UUID.fromString(r.id()))
        .status(StaffImportStatus.fromValue(r.status().name()))
        .format(StaffImport.FormatEnum.fromValue(r.format().name()))
        .fileName(r.fileName())
        .effectiveFrom(r.effectiveFrom())
        .progress(new StaffImportProgress().done(r.done()).total(r.total()))
        .summary(
            new StaffImportSummary()
                .created(r.created())
                .updated(r.updated())
                .unchanged(r.unchanged())
                .invalid(r.invalid()))
        .errorCount(r.errorCount())
        .failure(r.failure())
        .createdAt(r.createdAt().atOffset(ZoneOffset.UTC))
        .createdBy(r.createdBy())
        .appliedAt(r.appliedAt() == null ? null : r.appliedAt().atOffset(ZoneOffset.UTC));
  }
}
