package org.mizani.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A figure a module computes from its own records over a period, offered to whoever composes
 * indicators (the strategic plans of {@code reporting}) without the module knowing who uses it.
 * A module declares each of its measures as a bean; the name and description a user reads come from
 * the messages {@code measure.<code>.name} and {@code measure.<code>.description} in both languages.
 */
public interface Measure {

	/** Stable code, {@code module.what}: plans keep it, so it is never renamed. */
	String code();

	Unit unit();

	/** The figure over {@code period}. */
	Figure value(Period period);

	/** The records behind the figure (at most {@code limit}), so a number can be checked. */
	List<Entry> records(Period period, int limit);

	enum Unit {
		/** A number of things (institutions, officers, projects). */
		COUNT,
		/** A share in per cent, 0–100. */
		PERCENT,
		/** A score in per cent, 0–100. */
		INDEX
	}

	/** From {@code from} (included) to {@code until} (excluded). */
	record Period(LocalDate from, LocalDate until) {

		public Period {
			if (!until.isAfter(from)) {
				throw new IllegalArgumentException("A period ends after it starts: " + from + " – " + until);
			}
		}

		/** The fiscal year that starts on 1 July of {@code year} (FY 2021/22 is {@code 2021}). */
		public static Period fiscalYear(int year) {
			return new Period(LocalDate.of(year, 7, 1), LocalDate.of(year + 1, 7, 1));
		}

		/** The first moment of the period, East Africa Time, for timestamp columns. */
		public OffsetDateTime start() {
			return from.atStartOfDay(LocalTimes.ZONE).toOffsetDateTime();
		}

		/** The first moment after the period, East Africa Time. */
		public OffsetDateTime end() {
			return until.atStartOfDay(LocalTimes.ZONE).toOffsetDateTime();
		}
	}

	/**
	 * The figure and, for shares, the counts it comes from ({@code 152 of 200}); a share of nothing
	 * ({@code of} 0) has no value rather than a made-up zero.
	 */
	record Figure(@Nullable BigDecimal value, @Nullable Long count, @Nullable Long of) {

		public static Figure ofCount(long count) {
			return new Figure(BigDecimal.valueOf(count), count, null);
		}

		public static Figure ofShare(long count, long of) {
			BigDecimal value = of == 0 ? null
					: BigDecimal.valueOf(count * 100.0 / of).setScale(1, RoundingMode.HALF_UP);
			return new Figure(value, count, of);
		}

		public static Figure ofScore(@Nullable BigDecimal value, long of) {
			return new Figure(value == null ? null : value.setScale(1, RoundingMode.HALF_UP), null, of);
		}
	}

	/** A measure made of two functions, for modules that declare theirs as beans. */
	static Measure of(String code, Unit unit, Function<Period, Figure> value, BiFunction<Period, Integer, List<Entry>> records) {
		return new Measure() {
			@Override
			public String code() {
				return code;
			}

			@Override
			public Unit unit() {
				return unit;
			}

			@Override
			public Figure value(Period period) {
				return value.apply(period);
			}

			@Override
			public List<Entry> records(Period period, int limit) {
				return records.apply(period, limit);
			}
		};
	}

	/**
	 * One record behind a figure: what it is (in both languages; the same text twice when it has one
	 * name), a detail in no particular language (dates, numbers, codes), whether it counts towards the
	 * figure (for shares: in the numerator), optionally a message key naming its state in the reader's
	 * language, and where to open it.
	 */
	record Entry(String labelSw, String labelEn, String detail, boolean counts, @Nullable String stateKey, @Nullable String href) {

		public String label(Language language) {
			return language.pick(labelSw, labelEn);
		}
	}
}
