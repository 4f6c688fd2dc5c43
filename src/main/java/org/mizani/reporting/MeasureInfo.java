package org.mizani.reporting;

import org.mizani.platform.Measure;

/** A measure a module offers; its name and description are the messages {@code measure.<code>.name} and {@code .description}. */
public record MeasureInfo(String code, Measure.Unit unit) {

	public String nameKey() {
		return "measure." + code + ".name";
	}

	public String descriptionKey() {
		return "measure." + code + ".description";
	}
}
