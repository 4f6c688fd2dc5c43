package org.mizani.training;

import java.util.List;

import org.mizani.platform.Language;

/** The choices a programme's follow-up offers: practices per module and challenges. */
public record FollowUpChoices(List<Choice> practices, List<Choice> challenges) {

	/** {@code module} is empty for challenges. */
	public record Choice(String code, String module, String labelEn, String labelSw) {

		public String label(Language language) {
			return language.pick(labelSw, labelEn);
		}
	}
}
