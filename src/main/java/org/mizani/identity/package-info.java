/**
 * Users, roles and signing in: password sign-in with brute-force protection and lockout, TOTP
 * multi-factor with recovery codes, password reset and invitations by e-mail, database-backed
 * sessions with "sign out everywhere", personal API tokens, and the administrators' user pages.
 */
@ApplicationModule(displayName = "Identity and access")
@NullMarked
package org.mizani.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
