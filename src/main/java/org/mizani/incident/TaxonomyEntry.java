package org.mizani.incident;

/** A class and type of the incident taxonomy, labelled in both languages. */
public record TaxonomyEntry(String classCode, String typeCode, String labelEn, String labelSw, int position, boolean active) {

	public String label(org.mizani.platform.Language language) {
		return language.pick(labelSw, labelEn);
	}
}
