package org.mizani.training;

import org.mizani.platform.Language;

/** An area a programme teaches. */
public record ModuleView(String code, String titleSw, String titleEn) {

	public String title(Language language) {
		return language.pick(titleSw, titleEn);
	}
}
