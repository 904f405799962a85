package org.bandwise.platform.http;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code /info}: which build is running (version and git commit). */
@WebServlet(urlPatterns = "/info")
public class InfoServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private final Properties build = new Properties();

  @Override
  public void init() {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/bandwise-build.properties")) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Build information is unreadable", e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    String body =
        Json.createObjectBuilder()
            .add("name", "Bandwise")
            .add("version", build.getProperty("version", "unknown"))
            .add("commit", build.getProperty("commit", "unknown"))
            .build()
            .toString();
    response.getWriter().write(body);
  }
}
