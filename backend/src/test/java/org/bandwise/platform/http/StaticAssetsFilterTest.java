package org.bandwise.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaticAssetsFilterTest {

  @Test
  void codingsAreAcceptedWhenNamedOrCoveredByAStar() {
    assertTrue(StaticAssetsFilter.accepts("gzip, deflate, br, zstd", "br"));
    assertTrue(StaticAssetsFilter.accepts("gzip;q=0.8", "gzip"));
    assertTrue(StaticAssetsFilter.accepts("*", "br"));
    assertFalse(StaticAssetsFilter.accepts(null, "gzip"));
    assertFalse(StaticAssetsFilter.accepts("identity", "gzip"));
  }

  @Test
  void aQualityOfZeroRefuses() {
    assertFalse(StaticAssetsFilter.accepts("br;q=0, gzip", "br"));
    assertTrue(StaticAssetsFilter.accepts("br;q=0, gzip", "gzip"));
    assertFalse(StaticAssetsFilter.accepts("*;q=0", "gzip"));
    assertFalse(StaticAssetsFilter.accepts("gzip;q=0, *", "gzip"));
  }

  @Test
  void onlyHashedBuildOutputIsImmutable() {
    assertTrue(StaticAssetsFilter.isHashed("/assets/index-BqwG3RD9.js"));
    assertTrue(StaticAssetsFilter.isHashed("/assets/index-DBq-lnzA.css"));
    assertFalse(StaticAssetsFilter.isHashed("/assets/manifest.json"));
    assertFalse(StaticAssetsFilter.isHashed("/assets/fonts/light-94a07e06a1-v2.woff2"));
    assertFalse(StaticAssetsFilter.isHashed("/index.html"));
  }
}
