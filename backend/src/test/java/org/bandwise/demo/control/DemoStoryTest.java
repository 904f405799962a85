package org.bandwise.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoStoryTest {

  private final DemoStory story = DemoStory.bundled();

  @Test
  void theStoryHasEveryDemoSignInAndTheProbationStory() {
    assertEquals(
        List.of(
            "admin",
            "evaluator",
            "rep",
            "staff",
            "auditor",
            "evaluator2",
            "rep2",
            "staff2",
            "staff3",
            "staff4"),
        story.users().stream().map(DemoStory.User::username).toList());
    assertEquals(
        List.of("PROBATION", "AFC"),
        story.payStructures().stream().map(DemoStory.Structure::code).toList());
    assertEquals(13, story.jobDescriptions().size());
    assertEquals(14, story.evaluations().size());
  }

  @Test
  void everyoneTheStoryNamesHasAnAccountAndEveryJdVersionItEvaluatesExists() {
    Set<String> usernames = new HashSet<>();
    story.users().forEach(u -> usernames.add(u.username()));
    for (DemoStory.EvaluationInput e : story.evaluations()) {
      Stream.of(
              Stream.of(e.requester()),
              e.decision() == null ? Stream.<String>empty() : Stream.of(e.decision().by()),
              e.panel() == null
                  ? Stream.<String>empty()
                  : e.panel().seats().stream().map(DemoStory.Seat::user),
              e.signOffs() == null ? Stream.<String>empty() : e.signOffs().users().stream())
          .flatMap(s -> s)
          .forEach(u -> assertTrue(usernames.contains(u), e.jd() + " names " + u));
      DemoStory.Jd jd =
          story.jobDescriptions().stream()
              .filter(j -> j.reference().equals(e.jd()))
              .findFirst()
              .orElseThrow();
      assertTrue(e.version() <= jd.versions().size(), e.jd() + " version " + e.version());
    }
  }

  /** The story is input only: results of rules (totals, bands, points, states) are not in it. */
  @Test
  void theStoryHoldsNoResultOfARule() throws IOException {
    String text;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(DemoStory.RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String derived :
        List.of(
            "\"total\"", "\"band_id\"", "\"bandId\"", "\"status\": \"PUBLISHED\"", "\"inForce\"")) {
      assertFalse(text.contains(derived), "the story holds " + derived);
    }
  }
}
