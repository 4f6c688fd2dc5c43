package org.mizani.platform;

import java.util.Locale;

/** The languages Mizani speaks. Kiswahili is the default (configurable). */
public enum Language {

	SW("sw"), EN("en");

	private final String code;
	private final Locale locale;

	Language(String code) {
		this.code = code;
		this.locale = Locale.forLanguageTag(code);
	}

	public Locale locale() {
		return locale;
	}

	public String code() {
		return code;
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
