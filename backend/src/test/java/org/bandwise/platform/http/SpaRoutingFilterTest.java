package org.bandwise.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpaRoutingFilterTest {

  @Test
  void deepLinksLoadTheApp() {
    assertTrue(SpaRoutingFilter.isAppRoute("GET", "/"));
    assertTrue(
        SpaRoutingFilter.isAppRoute("GET", "/pay-bands/3fa85f64-5717-4562-b3fc-2c963f66afa6"));
    assertTrue(SpaRoutingFilter.isAppRoute("GET", "/users/new"));
  }

  @Test
  void serverAddressesFilesAndWritesAreLeftAlone() {
    assertFalse(SpaRoutingFilter.isAppRoute("GET", "/api/v1/pay-bands"));
    assertFalse(SpaRoutingFilter.isAppRoute("GET", "/health/ready"));
    assertFalse(SpaRoutingFilter.isAppRoute("GET", "/info"));
    assertFalse(SpaRoutingFilter.isAppRoute("GET", "/openapi"));
    assertFalse(SpaRoutingFilter.isAppRoute("GET", "/assets/index-abc.js"));
    assertFalse(SpaRoutingFilter.isAppRoute("GET", "/favicon.ico"));
    assertFalse(SpaRoutingFilter.isAppRoute("POST", "/pay-bands"));
  }
}
