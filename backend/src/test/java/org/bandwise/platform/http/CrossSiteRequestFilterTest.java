package org.bandwise.platform.http;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CrossSiteRequestFilterTest {

  @Test
  void ourOwnPagesMayChangeThings() {
    assertNull(
        CrossSiteRequestFilter.refusal("bandwise", "https://bandwise.example", "bandwise.example"));
    assertNull(CrossSiteRequestFilter.refusal("bandwise", null, "localhost:8080"));
  }

  @Test
  void aRequestWithoutTheCustomHeaderIsRefused() {
    assertNotNull(CrossSiteRequestFilter.refusal(null, null, "localhost:8080"));
    assertNotNull(CrossSiteRequestFilter.refusal("XMLHttpRequest", null, "localhost:8080"));
  }

  @Test
  void aRequestFromAnotherSiteIsRefused() {
    assertNotNull(
        CrossSiteRequestFilter.refusal("bandwise", "https://evil.example", "bandwise.example"));
    assertNotNull(CrossSiteRequestFilter.refusal("bandwise", "null", "bandwise.example"));
    assertNotNull(
        CrossSiteRequestFilter.refusal("bandwise", "http://localhost:9999", "localhost:8080"));
  }
}
