package org.bandwise.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application under test is the WAR the build just made, unchanged. */
final class Deployments {

  private Deployments() {}

  static WebArchive bandwise() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("bandwise.war", "target/bandwise.war")));
  }
}
