/**
 * ICT projects: institutions submit them with a standards conformity questionnaire, the authority
 * reviews them within a clock of working days and decides with a reference-numbered letter, and the
 * institution reports on implementation through go-live to closure with a post-implementation review.
 */
@ApplicationModule(displayName = "ICT projects")
@NullMarked
package org.mizani.project;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
