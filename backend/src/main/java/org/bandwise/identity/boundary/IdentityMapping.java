package org.bandwise.identity.boundary;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.bandwise.api.model.Profile;
import org.bandwise.api.model.User;
import org.bandwise.api.model.UserPage;
import org.bandwise.identity.entity.Role;
import org.bandwise.identity.entity.TradeUnion;
import org.bandwise.identity.entity.UserAccount;
import org.bandwise.platform.persistence.Page;

/** Identity entities ⇄ the contract's models. */
final class IdentityMapping {

  private IdentityMapping() {}

  static Profile profile(UserAccount user) {
    return new Profile()
        .id(java.util.UUID.fromString(user.id()))
        .username(user.username())
        .displayName(user.displayName())
        .roles(apiRoles(user.roles()))
        .union(
            user.union() == null ? null : org.bandwise.api.model.Union.valueOf(user.union().name()))
        .mustChangePassword(user.mustChangePassword());
  }

  static User user(UserAccount user) {
    return new User()
        .id(java.util.UUID.fromString(user.id()))
        .username(user.username())
        .displayName(user.displayName())
        .roles(apiRoles(user.roles()))
        .union(
            user.union() == null ? null : org.bandwise.api.model.Union.valueOf(user.union().name()))
        .enabled(user.enabled())
        .createdAt(utc(user.createdAt()))
        .updatedAt(utc(user.updatedAt()))
        .lastSignInAt(utc(user.lastSignInAt()));
  }

  static UserPage page(Page<UserAccount> page) {
    return new UserPage()
        .items(page.items().stream().map(IdentityMapping::user).toList())
        .page(page.request().page())
        .size(page.request().size())
        .totalItems(page.totalItems());
  }

  static Set<Role> roles(Set<org.bandwise.api.model.Role> roles) {
    Set<Role> result = EnumSet.noneOf(Role.class);
    roles.forEach(r -> result.add(Role.valueOf(r.name())));
    return result;
  }

  static TradeUnion union(org.bandwise.api.model.Union union) {
    return union == null ? null : TradeUnion.valueOf(union.name());
  }

  private static Set<org.bandwise.api.model.Role> apiRoles(Set<Role> roles) {
    return roles.stream()
        .sorted()
        .map(r -> org.bandwise.api.model.Role.valueOf(r.name()))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static OffsetDateTime utc(LocalDateTime time) {
    return time == null ? null : time.atOffset(ZoneOffset.UTC);
  }
}
