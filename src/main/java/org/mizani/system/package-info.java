/**
 * The register of government ICT systems: each institution records its systems with their criticality,
 * hosting, data classification and recovery targets, and the authority sees how complete the register is.
 * Other modules (incidents, continuity, projects) refer to systems by {@link org.mizani.system.SystemId}.
 */
@ApplicationModule(displayName = "ICT systems register")
@NullMarked
package org.mizani.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
