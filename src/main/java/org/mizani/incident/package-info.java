/**
 * Security incidents: institutions (or the authority on their behalf) report them, the authority's
 * security analysts triage and handle them to closure with tasks, timeline and indicators, reporting
 * clocks hold the institution to its early warning, notification and final report, and an incident can
 * be escalated to a partner (the national CERT) and shared with it as a STIX 2.1 bundle.
 */
@ApplicationModule(displayName = "Security incidents")
@NullMarked
package org.mizani.incident;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
