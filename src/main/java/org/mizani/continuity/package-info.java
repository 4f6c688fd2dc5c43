/**
 * Business continuity of government systems: a disaster-recovery plan per system (mandatory for critical
 * ones) with recovery time and recovery point objectives, drills that measure the recovery actually
 * achieved against them, the issues drills find followed as actions, and readiness per institution and
 * nationally.
 */
@ApplicationModule(displayName = "Continuity")
@NullMarked
package org.mizani.continuity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
