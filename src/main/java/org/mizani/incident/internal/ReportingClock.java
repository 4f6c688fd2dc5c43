package org.mizani.incident.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The reporting stages an institution owes for an incident and when each is due. The default follows
 * the staged reporting of the EU NIS2 Directive (art. 23), which national CERTs widely mirror: an early
 * warning within 24 hours of detection, an incident notification within 72 hours of detection, and a
 * final report within one month of the notification. Each stage counts from detection or from the
 * previous stage (its sending, or its due time while it is not sent).
 */
final class ReportingClock {

	static final String DEFAULT = "EARLY_WARNING:PT24H:DETECTION,NOTIFICATION:PT72H:DETECTION,FINAL_REPORT:P1M:PREVIOUS";

	enum Basis {
		DETECTION, PREVIOUS
	}

	record Stage(String code, TemporalAmount within, Basis basis) {
	}

	/** A stage's state as far as the clock is concerned. */
	record Progress(String code, @Nullable Instant submittedAt) {
	}

	private static final ZoneId ZONE = org.mizani.platform.LocalTimes.ZONE;

	private final List<Stage> stages;

	ReportingClock(List<Stage> stages) {
		if (stages.isEmpty()) {
			throw new IllegalArgumentException("at least one reporting stage is needed");
		}
		if (stages.get(0).basis() == Basis.PREVIOUS) {
			throw new IllegalArgumentException("the first reporting stage must count from detection");
		}
		this.stages = List.copyOf(stages);
	}

	/** Parses {@code CODE:ISO-8601 amount:DETECTION|PREVIOUS,...}, e.g. {@link #DEFAULT}. */
	static ReportingClock parse(String text) {
		List<Stage> stages = new ArrayList<>();
		for (String part : text.split(",")) {
			String[] fields = part.strip().split(":");
			if (fields.length != 3 || !fields[0].matches("[A-Z][A-Z0-9_]{0,29}")) {
				throw new IllegalArgumentException("reporting stage '" + part + "' is not CODE:AMOUNT:BASIS");
			}
			stages.add(new Stage(fields[0], amount(fields[1]), Basis.valueOf(fields[2].strip().toUpperCase(Locale.ROOT))));
		}
		return new ReportingClock(stages);
	}

	private static TemporalAmount amount(String text) {
		try {
			return text.contains("T") ? Duration.parse(text) : Period.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 duration such as PT24H or P1M", e);
		}
	}

	List<Stage> stages() {
		return stages;
	}

	/** Due times of every stage, given when the incident was detected and which stages were sent. */
	List<Instant> due(Instant detected, List<Progress> progress) {
		List<Instant> due = new ArrayList<>();
		for (int i = 0; i < stages.size(); i++) {
			Stage stage = stages.get(i);
			Instant base;
			if (stage.basis() == Basis.DETECTION) {
				base = detected;
			}
			else {
				Instant previousSent = i - 1 < progress.size() ? progress.get(i - 1).submittedAt() : null;
				base = previousSent != null ? previousSent : due.get(i - 1);
			}
			due.add(plus(base, stage.within()));
		}
		return due;
	}

	private static Instant plus(Instant base, TemporalAmount amount) {
		return amount instanceof Duration d ? base.plus(d) : base.atZone(ZONE).plus(amount).toInstant();
	}
}
