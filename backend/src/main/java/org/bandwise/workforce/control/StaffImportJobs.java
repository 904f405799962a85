package org.bandwise.workforce.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bandwise.audit.entity.AuditEvent;
import org.bandwise.platform.cache.ReferenceData;
import org.bandwise.platform.cache.ReferenceKind;
import org.bandwise.workforce.control.StaffImportEngine.ApplyRefused;
import org.bandwise.workforce.control.StaffImportEngine.Counts;
import org.bandwise.workforce.control.StaffImportStore.ImportRow;
import org.bandwise.workforce.control.StaffImportStore.Status;

/**
 * Runs staff imports in the background on the container's managed executor (Jakarta Concurrency, as
 * Payara Micro provides it), so a 100,000-row file never holds a request open: validation records
 * errors and progress as it goes, each batch in a transaction of its own; apply writes every row in
 * one transaction, all or nothing, and records the outcome in the audit trail in that same
 * transaction. State lives in the database, so any instance reports it.
 */
@ApplicationScoped
public class StaffImportJobs {

  private static final Logger LOG = Logger.getLogger(StaffImportJobs.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  jakarta.transaction.TransactionSynchronizationRegistry transactions;

  @Inject StaffImportStore store;
  @Inject StaffImportEngine engine;
  @Inject StaffImportJobs self;
  @Inject Clock clock;
  @Inject ReferenceData reference;
  @PersistenceContext EntityManager em;

  /** Records an uploaded file as a new import (VALIDATING) and checks it in the background. */
  public String upload(
      Path file,
      StaffFileReader.Format format,
      String fileName,
      LocalDate effectiveFrom,
      String actor) {
    String id = UUID.randomUUID().toString();
    store.create(id, format, fileName, effectiveFrom, actor, Status.VALIDATING, file);
    afterCommit(() -> validate(id));
    return id;
  }

  /** Takes the import for applying (exactly one caller wins) and applies it in the background. */
  public ImportRow apply(String id, String actor) {
    ImportRow claimed = store.claimForApply(id);
    afterCommit(() -> applyClaimed(id, actor));
    return claimed;
  }

  /**
   * Runs the work in the background once the caller's transaction (if any) has committed, so the
   * job never looks for an import that is not yet visible; not at all if it rolls back.
   */
  private void afterCommit(Runnable work) {
    if (transactions.getTransactionStatus() != jakarta.transaction.Status.STATUS_ACTIVE) {
      executor.submit(work);
      return;
    }
    transactions.registerInterposedSynchronization(
        new jakarta.transaction.Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
              executor.submit(work);
            }
          }
        });
  }

  void validate(String id) {
    Path file = null;
    try {
      ImportRow row = store.get(id);
      file = Files.createTempFile("bandwise-import-", ".tmp");
      store.copyFile(id, file);
      int total = StaffFileReader.countRows(file, row.format());
      store.progress(id, 0, total);
      int[] seq = {0};
      Counts counts =
          engine.validate(
              file,
              row.format(),
              row.effectiveFrom(),
              new StaffImportEngine.Sink() {
                @Override
                public void errors(List<ImportError> found) {
                  store.addErrors(id, seq[0], found);
                  seq[0] += found.size();
                }

                @Override
                public void progress(int rowsDone) {
                  store.progress(id, rowsDone, Math.max(total, rowsDone));
                }
              });
      store.validated(id, counts);
    } catch (UnreadableFile e) {
      fail(id, e.getMessage(), true);
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.SEVERE, "Staff import " + id + " could not be checked", e);
      fail(
          id,
          "The file could not be checked because of a problem on the server. Upload it again.",
          false);
    } finally {
      delete(file);
    }
  }

  void applyClaimed(String id, String actor) {
    Path file = null;
    try {
      ImportRow row = store.get(id);
      file = Files.createTempFile("bandwise-import-", ".tmp");
      store.copyFile(id, file);
      self.applyInOneTransaction(row, file, actor, true);
    } catch (ApplyRefused e) {
      fail(id, e.getMessage(), false);
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.SEVERE, "Staff import " + id + " could not be applied", e);
      fail(
          id,
          "The import could not be applied because of a problem on the server. Nothing was changed.",
          false);
    } finally {
      delete(file);
    }
  }

  /** Applies every row in one transaction, with its audit event; nothing is kept if any fails. */
  @Transactional(rollbackOn = Exception.class)
  public Counts applyInOneTransaction(
      ImportRow row, Path file, String actor, boolean reportProgress) {
    Counts counts =
        engine.apply(
            file,
            row.format(),
            row.effectiveFrom(),
            row.id(),
            actor,
            reportProgress ? progressOf(row.id(), row.total()) : StaffImportEngine.Sink.NONE);
    store.applied(row.id(), row.version(), counts);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("fileName", row.fileName());
    after.put("effectiveFrom", row.effectiveFrom().toString());
    after.put("rows", counts.total());
    after.put("created", counts.created());
    after.put("updated", counts.updated());
    after.put("unchanged", counts.unchanged());
    em.persist(
        new AuditEvent(
            LocalDateTime.now(clock),
            actor,
            "STAFF_IMPORT",
            row.id(),
            null,
            "APPLIED",
            "Staff import applied: "
                + counts.created()
                + " created, "
                + counts.updated()
                + " updated, "
                + counts.unchanged()
                + " unchanged.",
            null,
            JSON.toJson(after)));
    // last, so that the version's row is locked only while the transaction commits
    reference.changed(ReferenceKind.WORKFORCE);
    return counts;
  }

  private StaffImportEngine.Sink progressOf(String id, int total) {
    return new StaffImportEngine.Sink() {
      @Override
      public void errors(List<ImportError> found) {}

      @Override
      public void progress(int rowsDone) {
        try {
          store.progress(id, rowsDone, Math.max(total, rowsDone));
        } catch (RuntimeException e) {
          LOG.log(Level.FINE, "progress not recorded", e);
        }
      }
    };
  }

  /**
   * Imports a file now, in the caller's transaction: validated, then applied, through the same code
   * as an HR admin's import (the demo workforce is loaded this way).
   *
   * @throws IllegalStateException when the file has errors (the caller's transaction rolls back)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Counts importNow(
      InputStream content, String fileName, LocalDate effectiveFrom, String actor) {
    Path file = null;
    try {
      file = Files.createTempFile("bandwise-import-", ".tmp");
      Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
      StaffFileReader.Format format = StaffFileReader.sniff(file);
      String id = UUID.randomUUID().toString();
      store.create(id, format, fileName, effectiveFrom, actor, Status.APPLYING, file);
      List<ImportError> errors = new ArrayList<>();
      Counts checked =
          engine.validate(
              file,
              format,
              effectiveFrom,
              new StaffImportEngine.Sink() {
                @Override
                public void errors(List<ImportError> found) {
                  errors.addAll(found);
                }

                @Override
                public void progress(int rowsDone) {}
              });
      if (!errors.isEmpty()) {
        throw new IllegalStateException(
            fileName + " has " + checked.errors() + " errors, the first: " + errors.get(0));
      }
      return applyInOneTransaction(store.get(id), file, actor, false);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + fileName, e);
    } finally {
      delete(file);
    }
  }

  /**
   * Imports stall when the instance checking or applying them stops (a crash, a deployment): their
   * state is in the database, so any instance takes them over once nothing has moved for {@code
   * quietFor}. A check runs again here; an apply is offered again (nothing of it was written).
   *
   * @return how many were taken over
   */
  public int resumeStalled(java.time.Duration quietFor) {
    int taken = 0;
    for (StaffImportStore.Stalled stalled :
        store.stalled(LocalDateTime.now(clock).minus(quietFor))) {
      if (!store.releaseStalled(stalled)) {
        continue; // another instance took it
      }
      taken++;
      if (stalled.status() == Status.VALIDATING) {
        LOG.info(
            "Staff import " + stalled.id() + " had stalled while being checked; checking again");
        executor.submit(() -> validate(stalled.id()));
      } else {
        LOG.info(
            "Staff import "
                + stalled.id()
                + " had stalled while being applied; nothing was changed and it can be applied"
                + " again");
      }
    }
    return taken;
  }

  private void fail(String id, String failure, boolean asFileError) {
    try {
      if (asFileError) {
        store.addErrors(id, -1, List.of(ImportError.file(null, failure)));
      }
      store.failed(id, failure);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Staff import " + id + " could not be marked as failed", e);
    }
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.log(Level.FINE, "temporary file left behind", e);
      }
    }
  }
}
