package org.bandwise.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Path;

/**
 * Checks real responses against openapi/bandwise.yaml: status documented, body matching its schema.
 */
final class ContractCheck {

  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForSpecificationUrl(
              Path.of(System.getProperty("bandwise.contract", "../openapi/bandwise.yaml"))
                  .toUri()
                  .toString())
          .build();

  private ContractCheck() {}

  /** {@code apiPath} starts at {@code /api/v1}. */
  static void assertConforms(String method, String apiPath, Reply reply) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
    if (reply.contentType() != null) {
      response.withContentType(reply.contentType());
    }
    if (reply.body() != null && !reply.body().isEmpty()) {
      response.withBody(reply.body());
    }
    String path = apiPath.contains("?") ? apiPath.substring(0, apiPath.indexOf('?')) : apiPath;
    ValidationReport report =
        VALIDATOR.validateResponse(path, Request.Method.valueOf(method), response.build());
    if (report.hasErrors()) {
      fail(
          "Response to "
              + method
              + " "
              + apiPath
              + " breaks the contract: "
              + report.getMessages()
              + "\n"
              + reply);
    }
  }
}
