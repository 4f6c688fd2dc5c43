/**
 * Compliance assessments: campaigns that put one catalogue version before a set of institutions,
 * each institution's self-assessment with evidence, the authority's review, weighted scores per area,
 * and remediation actions followed until the authority verifies them.
 */
@ApplicationModule(displayName = "Compliance assessment")
@NullMarked
package org.mizani.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
