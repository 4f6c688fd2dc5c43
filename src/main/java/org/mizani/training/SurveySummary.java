package org.mizani.training;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The session's survey: how many answered, the mean of each rating, and the comments. */
public record SurveySummary(long answers, @Nullable Double relevance, @Nullable Double quality, @Nullable Double trainer,
		@Nullable Double venue, List<String> comments) {
}
