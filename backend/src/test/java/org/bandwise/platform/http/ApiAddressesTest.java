package org.bandwise.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiAddressesTest {

  @Test
  void onlyOperationAddressesUnderTheVersionedApiPass() {
    assertTrue(ApiAddresses.isApiAddress("/api/v1/pay-bands"));
    assertTrue(ApiAddresses.isApiAddress("/api/v1/pay-bands/3fa85f64-5717-4562-b3fc-2c963f66afa6"));
    for (String odd :
        new String[] {
          "/api",
          "/api/",
          "/api/v1",
          "/api/v1/",
          "/api/v2/pay-bands",
          "/api/v1/pay-bands/",
          "/api/v1//pay-bands",
          "/api/v1/pay-bands;x=1",
          "/apix"
        }) {
      assertFalse(ApiAddresses.isApiAddress(odd), odd);
    }
  }
}
