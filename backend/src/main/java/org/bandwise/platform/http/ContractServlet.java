package org.bandwise.platform.http;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code /openapi}: the reviewed contract, byte for byte the {@code openapi/bandwise.yaml} the
 * build linted and generated the code from (no annotation scanning).
 */
@WebServlet(urlPatterns = "/openapi")
public class ContractServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String CONTRACT = "META-INF/openapi/bandwise.yaml";
  private byte[] contract;

  @Override
  public void init() {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(CONTRACT)) {
      if (in == null) {
        throw new IllegalStateException(CONTRACT + " is missing from the application");
      }
      contract = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("The contract is unreadable", e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/yaml");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(contract.length);
    response.getOutputStream().write(contract);
  }
}
