package org.bandwise.identity.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation a user who must change their password may still use (seeing who they are, and
 * changing it). Everything else is refused by {@link PasswordChangeGate} until they have.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowedBeforePasswordChange {}
