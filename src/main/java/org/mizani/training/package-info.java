/**
 * Capacity building of ICT officers: programmes planned per fiscal year in phases, sessions with
 * nominations within quotas, daily attendance, and certificates that anyone can verify by their code.
 */
@ApplicationModule(displayName = "Training")
@NullMarked
package org.mizani.training;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
