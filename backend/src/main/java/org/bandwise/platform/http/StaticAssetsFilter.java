package org.bandwise.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.regex.Pattern;

/**
 * The browser app's files, as the build left them: each text file has a brotli ({@code .br}) and a
 * gzip ({@code .gz}) copy made at build time, sent with {@code Content-Encoding} to a browser that
 * accepts it, so nothing is compressed per request. Files whose names carry a content hash (Vite's
 * {@code /assets/index-BqwG3RD9.js}) never change under that name and are cached for a year;
 * everything else is left to the container.
 */
@WebFilter(filterName = "staticAssets", urlPatterns = "/assets/*", asyncSupported = true)
public class StaticAssetsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String IMMUTABLE = "public, max-age=31536000, immutable";

  /** Vite's output names: {@code name-<8 characters of hash>.js}. */
  private static final Pattern HASHED = Pattern.compile(".*-[A-Za-z0-9_-]{8}\\.(js|css)$");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"GET".equals(method) && !"HEAD".equals(method) || path.contains("..")) {
      chain.doFilter(request, response);
      return;
    }
    if (isHashed(path)) {
      response.setHeader("Cache-Control", IMMUTABLE);
    }
    String encoding = null;
    URL variant = null;
    if (getServletContext().getResource(path + ".br") != null
        || getServletContext().getResource(path + ".gz") != null) {
      response.setHeader("Vary", "Accept-Encoding");
      encoding = chooseEncoding(request.getHeader("Accept-Encoding"), path);
      variant = encoding == null ? null : getServletContext().getResource(path + suffix(encoding));
    }
    if (variant == null) {
      chain.doFilter(request, response);
      return;
    }
    String type = getServletContext().getMimeType(path);
    if (type != null) {
      response.setContentType(type.startsWith("text/") ? type + ";charset=UTF-8" : type);
    }
    response.setHeader("Content-Encoding", encoding);
    try (InputStream in = variant.openStream()) {
      byte[] body = in.readAllBytes();
      response.setContentLength(body.length);
      if ("GET".equals(method)) {
        response.getOutputStream().write(body);
      }
    }
  }

  private String chooseEncoding(String acceptEncoding, String path) throws IOException {
    if (accepts(acceptEncoding, "br") && getServletContext().getResource(path + ".br") != null) {
      return "br";
    }
    if (accepts(acceptEncoding, "gzip") && getServletContext().getResource(path + ".gz") != null) {
      return "gzip";
    }
    return null;
  }

  static String suffix(String encoding) {
    return "br".equals(encoding) ? ".br" : ".gz";
  }

  static boolean isHashed(String path) {
    return path.startsWith("/assets/") && HASHED.matcher(path).matches();
  }

  /**
   * Whether an {@code Accept-Encoding} header accepts a coding: named (or {@code *}) with a quality
   * above 0 (RFC 9110, 12.5.3).
   */
  static boolean accepts(String acceptEncoding, String coding) {
    if (acceptEncoding == null) {
      return false;
    }
    boolean named = false;
    boolean viaStar = false;
    for (String part : acceptEncoding.split(",")) {
      String[] pieces = part.trim().split(";");
      String name = pieces[0].trim().toLowerCase(java.util.Locale.ROOT);
      boolean allowed = true;
      for (int i = 1; i < pieces.length; i++) {
        String parameter = pieces[i].trim().toLowerCase(java.util.Locale.ROOT);
        if (parameter.startsWith("q=")) {
          try {
            allowed = Double.parseDouble(parameter.substring(2)) > 0;
          } catch (NumberFormatException e) {
            allowed = false;
          }
        }
      }
      if (name.equals(coding)) {
        named = true;
        if (!allowed) {
          return false;
        }
        return true;
      }
      if (name.equals("*")) {
        viaStar = allowed;
      }
    }
    return !named && viaStar;
  }
}
