package org.mizani.assessment;

/** An institution's answer to one requirement; the value is its share of the requirement's weight. */
public enum Result {
	COMPLIANT(1.0), PARTIALLY_COMPLIANT(0.5), NON_COMPLIANT(0.0), NOT_APPLICABLE(Double.NaN);

	private final double value;

	Result(double value) {
		this.value = value;
	}

	public double value() {
		return value;
	}

	/** A gap that can become a remediation action. */
	public boolean gap() {
		return this == PARTIALLY_COMPLIANT || this == NON_COMPLIANT;
	}
}
