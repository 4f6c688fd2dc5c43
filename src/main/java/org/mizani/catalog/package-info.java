/**
 * Standards catalogues: the authority's regulations, standards and guidelines as versioned,
 * bilingual trees of requirements; browsing and full-text search; OSCAL catalogs in and out.
 */
@ApplicationModule(displayName = "Standards catalogue")
@NullMarked
package org.mizani.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
