package org.mizani.identity;

/** Roles of DESIGN.md ("Tenancy and roles"); the label is the message {@code role.<NAME>}. */
public enum Role {

	AUTHORITY_ADMIN(Side.AUTHORITY), COMPLIANCE_OFFICER(Side.AUTHORITY), TRAINING_COORDINATOR(Side.AUTHORITY),
	SECURITY_ANALYST(Side.AUTHORITY), PROJECT_REVIEWER(Side.AUTHORITY), EXECUTIVE(Side.AUTHORITY),
	PARTNER(Side.PARTNER), ICT_OFFICER(Side.INSTITUTION), INSTITUTION_HEAD(Side.INSTITUTION), VIEWER(Side.INSTITUTION);

	/** Authority staff see every institution; partners and institution staff belong to an institution. */
	public enum Side {
		AUTHORITY, PARTNER, INSTITUTION
	}

	private final Side side;

	Role(Side side) {
		this.side = side;
	}

	public Side side() {
		return side;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}
}
