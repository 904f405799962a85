package org.bandwise.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.bandwise.api.AuthApi;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint carries a role rule, and every interface generated from the contract is
 * implemented.
 */
class RoleRulesCoverageTest {

  /** Signing in and out, and the organisation and service names the sign-in page's header shows. */
  private static final Set<String> PUBLIC_OPERATIONS = Set.of("login", "logout", "getServiceInfo");

  @Test
  void everyGeneratedApiIsImplementedByARegisteredResource() throws Exception {
    List<Class<?>> apis = generatedApis();
    assertFalse(apis.isEmpty(), "no generated API interfaces found");
    for (Class<?> api : apis) {
      long implementations =
          BandwiseApplication.RESOURCES.stream().filter(api::isAssignableFrom).count();
      assertEquals(
          1,
          implementations,
          api.getSimpleName() + " must be implemented by exactly one registered resource");
    }
  }

  @Test
  void everyResourceMethodHasARoleRule() throws Exception {
    List<String> missing = new ArrayList<>();
    Set<String> publicOnes = new TreeSet<>();
    int checked = 0;
    for (Class<?> api : generatedApis()) {
      Class<?> resource =
          BandwiseApplication.RESOURCES.stream()
              .filter(api::isAssignableFrom)
              .findFirst()
              .orElseThrow();
      for (Method operation : api.getMethods()) {
        Method method = resource.getMethod(operation.getName(), operation.getParameterTypes());
        checked++;
        boolean ruled =
            method.isAnnotationPresent(RolesAllowed.class)
                || method.isAnnotationPresent(PermitAll.class)
                || method.isAnnotationPresent(DenyAll.class);
        if (!ruled) {
          missing.add(resource.getSimpleName() + "." + method.getName());
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
          publicOnes.add(method.getName());
        }
        if (method.isAnnotationPresent(RolesAllowed.class)) {
          for (String role : method.getAnnotation(RolesAllowed.class).value()) {
            assertTrue(
                Set.of(
                        Roles.HR_ADMIN,
                        Roles.HR_EVALUATOR,
                        Roles.UNION_REP,
                        Roles.STAFF,
                        Roles.AUDITOR)
                    .contains(role),
                "unknown role " + role + " on " + method);
          }
        }
      }
    }
    assertTrue(checked >= 20, "expected to check every operation, checked " + checked);
    assertEquals(List.of(), missing, "resource methods without a role rule");
    assertEquals(
        PUBLIC_OPERATIONS,
        publicOnes,
        "only signing in and out, and the service names, may be public");
  }

  /** Operations sent as POST that change nothing (scoring a set of levels). */
  private static final Set<String> READS_BY_POST = Set.of("scoreLevels");

  /**
   * Operations on the caller's own account only (their own password, their own consent to their
   * union seeing their record, marking their own notifications read, one or all), which every
   * signed-in user may do, auditors included: they change no record an auditor audits on anyone
   * else's behalf.
   */
  private static final Set<String> OWN_ACCOUNT =
      Set.of(
          "changeOwnPassword", "setMyConsent", "markNotificationRead", "markAllNotificationsRead");

  @Test
  void auditorsNeverChangeAnythingAndHrAdminsMayDoEveryChange() throws Exception {
    int writes = 0;
    for (Class<?> api : generatedApis()) {
      Class<?> resource =
          BandwiseApplication.RESOURCES.stream()
              .filter(api::isAssignableFrom)
              .findFirst()
              .orElseThrow();
      for (Method operation : api.getMethods()) {
        boolean write =
            operation.isAnnotationPresent(jakarta.ws.rs.POST.class)
                || operation.isAnnotationPresent(jakarta.ws.rs.PUT.class)
                || operation.isAnnotationPresent(jakarta.ws.rs.DELETE.class);
        Method method = resource.getMethod(operation.getName(), operation.getParameterTypes());
        if (write
            && !PUBLIC_OPERATIONS.contains(method.getName())
            && !READS_BY_POST.contains(method.getName())
            && !OWN_ACCOUNT.contains(method.getName())) {
          writes++;
          List<String> roles = List.of(method.getAnnotation(RolesAllowed.class).value());
          assertFalse(roles.contains(Roles.AUDITOR), method.getName() + " changes data");
          assertTrue(roles.contains(Roles.HR_ADMIN), method.getName() + " must allow HR admins");
        }
      }
    }
    assertTrue(writes >= 24, "expected every change operation to be checked, saw " + writes);
  }

  @Test
  void schemesAndPayAreChangedByHrAdminsOnly() throws Exception {
    for (Class<?> api :
        List.of(
            org.bandwise.api.SchemesApi.class,
            org.bandwise.api.PayBandsApi.class,
            org.bandwise.api.PayScalesApi.class,
            org.bandwise.api.UsersApi.class)) {
      Class<?> resource =
          BandwiseApplication.RESOURCES.stream()
              .filter(api::isAssignableFrom)
              .findFirst()
              .orElseThrow();
      for (Method operation : api.getMethods()) {
        boolean write =
            operation.isAnnotationPresent(jakarta.ws.rs.POST.class)
                || operation.isAnnotationPresent(jakarta.ws.rs.PUT.class);
        Method method = resource.getMethod(operation.getName(), operation.getParameterTypes());
        if (write && !READS_BY_POST.contains(method.getName())) {
          assertEquals(
              List.of(Roles.HR_ADMIN),
              List.of(method.getAnnotation(RolesAllowed.class).value()),
              method.getName() + " changes schemes, pay or users");
        }
      }
    }
  }

  static List<Class<?>> generatedApis()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path location =
        Path.of(AuthApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location.resolve("org/bandwise/api"))) {
        files.map(p -> p.getFileName().toString()).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          String name = entries.nextElement().getName();
          if (name.startsWith("org/bandwise/api/")
              && name.indexOf('/', "org/bandwise/api/".length()) < 0) {
            names.add(name.substring("org/bandwise/api/".length()));
          }
        }
      }
    }
    List<Class<?>> apis = new ArrayList<>();
    for (String file : names) {
      if (file.endsWith("Api.class")) {
        apis.add(
            Class.forName(
                "org.bandwise.api." + file.substring(0, file.length() - ".class".length())));
      }
    }
    return apis;
  }
}
