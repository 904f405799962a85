package org.bandwise.platform.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Names Bean Validation failures the way clients know the fields. A violation's path is {@code
 * method.argN.points[1].annualSalaryPence}: the method and the body argument are dropped, and
 * query, path and header parameters are called by their names in the request.
 */
final class ConstraintViolations {

  private ConstraintViolations() {}

  static List<FieldProblem> fieldProblems(
      ConstraintViolationException violations, ResourceInfo resource) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
      problems.add(new FieldProblem(fieldName(v.getPropertyPath(), resource), v.getMessage()));
    }
    problems.sort(Comparator.comparing(FieldProblem::field));
    return problems;
  }

  static String fieldName(Path path, ResourceInfo resource) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        String param =
            parameterName(node.as(Path.ParameterNode.class).getParameterIndex(), resource);
        if (param != null) {
          field.append(param);
        }
        continue;
      }
      if (node.getIndex() != null && node.isInIterable()) {
        field.append('[').append(node.getIndex()).append(']');
      }
      String name = node.getName();
      if (name == null || name.startsWith("<")) {
        continue;
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(name);
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private static String parameterName(int index, ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return null;
    }
    List<Method> candidates = new ArrayList<>(List.of(method));
    for (Class<?> type : method.getDeclaringClass().getInterfaces()) {
      try {
        candidates.add(type.getMethod(method.getName(), method.getParameterTypes()));
      } catch (NoSuchMethodException e) {
        // this interface does not declare the method
      }
    }
    for (Method candidate : candidates) {
      Annotation[][] annotations = candidate.getParameterAnnotations();
      if (index < annotations.length) {
        for (Annotation a : annotations[index]) {
          if (a instanceof QueryParam q) {
            return q.value();
          }
          if (a instanceof PathParam p) {
            return p.value();
          }
          if (a instanceof HeaderParam h) {
            return h.value();
          }
        }
      }
    }
    return null;
  }
}
