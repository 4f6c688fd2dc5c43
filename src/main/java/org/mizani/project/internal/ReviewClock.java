package org.mizani.project.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The authority's review clock for ICT projects: a decision is due a set number of working days after
 * submission. Saturdays, Sundays and public holidays (fixed-date ones every year, movable ones by date,
 * both configured) are not working days; the day of submission does not count.
 */
record ReviewClock(int workingDays, Set<MonthDay> everyYear, Set<LocalDate> onDates) {

	LocalDate due(LocalDate submitted) {
		LocalDate day = submitted;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (workingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	boolean workingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !everyYear.contains(MonthDay.from(day)) && !onDates.contains(day);
	}

	/** Working days from submission to decision (for review-time statistics). */
	int workingDaysBetween(LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (workingDay(d)) {
				days++;
			}
		}
		return days;
	}
}
