/**
 * Oversight: the executive dashboard (where do we stand, at a glance), one profile page per institution
 * with everything about it, and the monthly briefing for leadership. It only reads the other modules
 * through their APIs and owns no data of its own but the record of briefings sent.
 */
@ApplicationModule(displayName = "Reporting")
@NullMarked
package org.mizani.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
