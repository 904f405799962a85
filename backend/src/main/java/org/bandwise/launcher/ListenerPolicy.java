package org.bandwise.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which sockets Payara opens, and when. Only the HTTP listener, and only once the application is
 * deployed: before that, Payara would answer its own HTML 404 and 500 pages.
 *
 * <ul>
 *   <li>{@code --nohazelcast} alone switches the Hazelcast data grid off; next to {@code
 *       --nocluster} Payara ignores it (only clustering is switched off and the member still
 *       listens on 6900+), so {@code --nocluster} is not passed, and the bundle's boot properties
 *       set {@code payaramicro.noHazelcast=true}, {@code payaramicro.noCluster=false}.
 *   <li>The HTTP listener is disabled before boot and enabled by a post-deploy command, so no
 *       request reaches the server before the application is there; the application then answers
 *       503 problem+json itself until its database is ready.
 *   <li>No {@code Server} or {@code X-Powered-By} header names the server to clients; the HTTP
 *       layer's own refusals are answered as problem+json by {@link GrizzlyErrorFilter}.
 *   <li>Payara's generated MicroProfile OpenAPI document is switched off: Bandwise serves its
 *       reviewed contract at {@code /openapi}.
 * </ul>
 */
final class ListenerPolicy {

  static final String HTTP_LISTENER =
      "configs.config.server-config.network-config.network-listeners.network-listener"
          + ".http-listener";

  static final String HTTP_PROTOCOL =
      "configs.config.server-config.network-config.protocols.protocol.http-listener.http";

  /**
   * Requests whose headers do not fit this buffer are refused by the HTTP layer itself, before
   * Bandwise can answer with a problem; 64 KB (Payara's default is 8 KB) lets the application
   * answer requests with large cookies or headers in its own words.
   */
  static final int HEADER_BUFFER_BYTES = 65_536;

  private ListenerPolicy() {}

  static List<String> payaraArgs(Path dataDir) throws IOException {
    Path preBoot = dataDir.resolve("pre-boot-commands.txt");
    Files.writeString(
        preBoot,
        String.join(
            "\n",
            "set-openapi-configuration --enabled=false",
            "set " + HTTP_LISTENER + ".enabled=false",
            "set " + HTTP_PROTOCOL + ".header-buffer-length-bytes=" + HEADER_BUFFER_BYTES,
            "set " + HTTP_PROTOCOL + ".server-header=false",
            "set " + HTTP_PROTOCOL + ".xpowered-by=false",
            ""));
    Path postDeploy = dataDir.resolve("post-deploy-commands.txt");
    Files.writeString(postDeploy, "set " + HTTP_LISTENER + ".enabled=true\n");
    return List.of(
        "--nohazelcast",
        "--disablephonehome",
        "--prebootcommandfile",
        preBoot.toString(),
        "--postdeploycommandfile",
        postDeploy.toString());
  }
}
