package org.mizani.project;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** One item of the conformity questionnaire: the institution's answer and the reviewer's check. */
public record AnswerView(UUID requirementId, String code, @Nullable String titleSw, String titleEn,
		@Nullable Conformity answer, @Nullable String explanation, @Nullable Boolean reviewOk,
		@Nullable String reviewComment) {

	public String title(Language language) {
		return language.pick(titleSw, titleEn);
	}
}
