package org.bandwise.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bandwise.identity.entity.Role;
import org.bandwise.identity.entity.TradeUnion;
import org.bandwise.platform.persistence.InList;
import org.bandwise.platform.persistence.Page;
import org.bandwise.platform.persistence.PageRequest;

/**
 * Names and roles of people, for choosing panel members and post holders: no credentials, no
 * sign-in history.
 */
@ApplicationScoped
public class People {

  /** Someone who may sit on a panel or hold a post. */
  public record Person(
      String id, String username, String displayName, TradeUnion union, Set<Role> roles) {
    public boolean has(Role role) {
      return roles.contains(role);
    }
  }

  private static final String SELECT =
      "SELECT u.id, u.username, u.display_name, u.union_code, r.role FROM app_user u"
          + " JOIN app_user_role r ON r.user_id = u.id ";

  @PersistenceContext EntityManager em;

  public Map<String, Person> byIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<String> values = List.copyOf(ids);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        InList.bind(
                em.createNativeQuery(
                    SELECT
                        + "WHERE u.id IN "
                        + InList.placeholders(1, values.size())
                        + " ORDER BY u.display_name"),
                1,
                values)
            .getResultList();
    return collect(rows);
  }

  /** Enabled people with a role, by name. */
  public Page<Person> withRole(Role role, PageRequest page) {
    String where =
        " WHERE u.enabled = TRUE AND (?1 IS NULL OR EXISTS (SELECT 1 FROM app_user_role x"
            + " WHERE x.user_id = u.id AND x.role = ?1))";
    String roleName = role == null ? null : role.name();
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT u.id FROM app_user u"
                    + where
                    + " ORDER BY u.display_name LIMIT ?2 OFFSET ?3")
            .setParameter(1, roleName)
            .setParameter(2, page.size())
            .setParameter(3, page.offset())
            .getResultList();
    long total =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM app_user u" + where)
                    .setParameter(1, roleName)
                    .getSingleResult())
            .longValue();
    Map<String, Person> people = byIds(ids.stream().map(Object::toString).toList());
    List<Person> ordered = new ArrayList<>();
    for (Object id : ids) {
      ordered.add(people.get(id.toString()));
    }
    return new Page<>(ordered, total, page);
  }

  private static Map<String, Person> collect(List<Object[]> rows) {
    Map<String, Person> people = new LinkedHashMap<>();
    for (Object[] row : rows) {
      String id = row[0].toString();
      Person person =
          people.computeIfAbsent(
              id,
              key ->
                  new Person(
                      key,
                      row[1].toString(),
                      row[2].toString(),
                      row[3] == null ? null : TradeUnion.valueOf(row[3].toString()),
                      EnumSet.noneOf(Role.class)));
      person.roles().add(Role.valueOf(row[4].toString()));
    }
    return people;
  }
}
