/**
 * Public institutions overseen by the authority: names in both languages, type, sector, region,
 * parent institution, contacts and the active flag; the list, detail and edit pages, the JSON API
 * and the all-or-nothing bulk import from CSV and XLSX.
 */
@ApplicationModule(displayName = "Institutions")
@NullMarked
package org.mizani.institution;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
