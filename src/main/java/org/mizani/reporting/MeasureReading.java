package org.mizani.reporting;

import java.time.LocalDate;

import org.mizani.platform.Measure;

/** A measure's figure over a period ({@code until} excluded). */
public record MeasureReading(String code, Measure.Unit unit, LocalDate from, LocalDate until, Measure.Figure figure) {
}
