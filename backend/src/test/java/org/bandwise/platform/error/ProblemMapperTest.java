package org.bandwise.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.NotAcceptableException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.util.List;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.NotSignedIn;
import org.bandwise.platform.domain.TooManyAttempts;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  private final ProblemMapper mapper = new ProblemMapper(null, null);

  /** What a unique key raced for looks like when the transaction commits. */
  private static Throwable commitTimeDuplicate() {
    SQLIntegrityConstraintViolationException duplicate =
        new SQLIntegrityConstraintViolationException(
            "Duplicate entry 'RACE-1' for key 'uk_job_description_reference'", "23000", 1062);
    PersistenceException persistence =
        new PersistenceException(DatabaseException.sqlException(duplicate, null, false));
    RollbackException rollback = new RollbackException("Transaction marked for rollback.");
    rollback.initCause(persistence);
    return new TransactionalException("encountered exception during commit", rollback);
  }

  @Test
  void aUniqueKeyRaceLostAtCommitIsAConflict() {
    ProblemException problem = mapper.translate(commitTimeDuplicate());
    assertEquals(409, problem.status());
    assertTrue(Character.isUpperCase(problem.getMessage().charAt(0)));
  }

  @Test
  void aDuplicateKeyIsRecognisedByItsErrorCodeToo() {
    assertTrue(
        ProblemMapper.isConstraintViolation(new SQLException("Duplicate entry", "23000", 1062)));
    assertEquals(
        409,
        mapper
            .translate(
                new PersistenceException(
                    DatabaseException.sqlException(
                        new SQLException("dup", "HY000", 1062), null, false)))
            .status());
    // a lost connection is an outage: 503 with Retry-After, not a 500
    ProblemException lost = mapper.translate(new SQLException("Connection reset", "08S01", 0));
    assertEquals(503, lost.status());
    assertEquals(ProblemException.RETRY_AFTER_SECONDS, lost.retryAfterSeconds());
  }

  @Test
  void aDeadlockWithAConcurrentChangeIsAConflictNotAServerError() {
    SQLException deadlock =
        new SQLException("Deadlock found when trying to get lock", "40001", 1213);
    RollbackException rollback = new RollbackException("Transaction marked for rollback.");
    rollback.initCause(
        new PersistenceException(DatabaseException.sqlException(deadlock, null, false)));
    ProblemException problem =
        mapper.translate(new TransactionalException("during commit", rollback));
    assertEquals(409, problem.status());
    assertTrue(problem.getMessage().startsWith("Someone else changed this"));
    assertEquals(
        409,
        mapper.translate(new SQLException("Lock wait timeout exceeded", "HY000", 1205)).status());
  }

  @Test
  void aCauseChainThatLoopsStillEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertEquals(500, mapper.translate(a).status());
  }

  @Test
  void anUnacceptableAcceptIsA406InASentence() {
    ProblemException problem = mapper.translate(new NotAcceptableException());
    assertEquals(406, problem.status());
    assertTrue(problem.getMessage().startsWith("This address answers in JSON"));
  }

  @Test
  void fieldFragmentsBecomeSentencesThatNameTheField() {
    ProblemException problem =
        ProblemMapper.fromRule(
            new InvalidInput(
                List.of(new FieldProblem("nearBoundaryPoints", "must be between 0 and 100"))));
    assertEquals("The field nearBoundaryPoints must be between 0 and 100.", problem.getMessage());
    assertEquals(
        "Choose P1 or P2 to accept the request.",
        Sentences.about("priority", "choose P1 or P2 to accept the request"));
    assertEquals(
        "There is no pay band with id 1.",
        Sentences.about("bandId", "There is no pay band with id 1."));
    assertEquals(
        "The request body is not valid JSON for this request.",
        Sentences.about("body", "is not valid JSON for this request"));
    ProblemException two =
        ProblemException.invalid(
            List.of(new FieldProblem("a", "must be set"), new FieldProblem("b", "must be set")));
    assertEquals(
        "The request has 2 problems; each is listed with the field it is about.", two.getMessage());
  }

  @Test
  void aCallerNotSignedInIsA401() {
    ProblemException problem = ProblemMapper.fromRule(new NotSignedIn("Sign in to use Bandwise."));
    assertEquals(401, problem.status());
    assertEquals("Sign in to use Bandwise.", problem.getMessage());
  }

  @Test
  void attemptsHeldBackAreA429ThatSaysWhenToTryAgain() {
    ProblemException problem =
        ProblemMapper.fromRule(
            new TooManyAttempts("Try again in 2 minutes.", Duration.ofSeconds(90)));
    assertEquals(429, problem.status());
    assertEquals(90, problem.retryAfterSeconds());
    assertEquals(
        1,
        ProblemMapper.fromRule(new TooManyAttempts("Try again.", Duration.ofMillis(10)))
            .retryAfterSeconds());
  }
}
