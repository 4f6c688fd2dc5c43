package org.mizani.project;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What changed from one submission of a project to another: fields and questionnaire answers. */
public record SubmissionDiff(int from, int to, List<Change> changes) {

	public record Change(String field, @Nullable String before, @Nullable String after) {
	}
}
