package org.mizani.institution;

/** Kinds of public institution; the label of each is the message {@code institution.type.<NAME>}. */
public enum InstitutionType {

	MINISTRY, INDEPENDENT_DEPARTMENT, EXECUTIVE_AGENCY, REGIONAL_SECRETARIAT, LOCAL_GOVERNMENT_AUTHORITY,
	PUBLIC_CORPORATION, OTHER;

	public String messageKey() {
		return "institution.type." + name();
	}
}
