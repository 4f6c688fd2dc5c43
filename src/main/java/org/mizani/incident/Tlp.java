package org.mizani.incident;

/** Traffic Light Protocol 2.0 (FIRST): how far the information about an incident may be shared. */
public enum Tlp {
	CLEAR, GREEN, AMBER, AMBER_STRICT, RED;

	/** The label as FIRST writes it, e.g. {@code TLP:AMBER+STRICT}. */
	public String label() {
		return "TLP:" + name().replace('_', '+');
	}

	/** RED and AMBER+STRICT: inside the institution, only the people named on the incident may see it. */
	public boolean restricted() {
		return this == RED || this == AMBER_STRICT;
	}
}
