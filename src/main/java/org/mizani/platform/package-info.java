/**
 * Shared platform: database bootstrap (embedded or server PostgreSQL), web and error handling,
 * internationalisation, request ids, secrets, mail and the administrative command line. Other
 * modules use only the types in this package; configuration lives in {@code internal}.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package org.mizani.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
