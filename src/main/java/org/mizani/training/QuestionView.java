package org.mizani.training;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** A question; {@code correct} is null when shown to someone taking the test. */
public record QuestionView(UUID id, String moduleCode, String textSw, String textEn, List<String> optionsSw, List<String> optionsEn,
		@Nullable Integer correct) {

	public String text(Language language) {
		return language.pick(textSw, textEn);
	}

	public List<String> options(Language language) {
		return language == Language.SW ? optionsSw : optionsEn;
	}
}
