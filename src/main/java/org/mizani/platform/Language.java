package org.mizani.platform;

import java.util.Locale;

/** The languages Mizani speaks. Kiswahili is the default (configurable). */
public enum Language {

	SW, EN;

	public Locale locale() {
		return Locale.forLanguageTag(code());
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Language fromCode(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT));
	}

	public static boolean isSupported(String code) {
		for (Language l : values()) {
			if (l.code().equalsIgnoreCase(code)) {
				return true;
			}
		}
		return false;
	}

	public static Language of(Locale locale) {
		return "en".equals(locale.getLanguage()) ? EN : SW;
	}

	/** Chooses the text in this language, falling back to the other one when it is empty. */
	public String pick(String swahili, String english) {
		String preferred = this == SW ? swahili : english;
		String other = this == SW ? english : swahili;
		return preferred == null || preferred.isBlank() ? (other == null ? "" : other) : preferred;
	}
}
