package org.mizani.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.FieldProblem;

/**
 * Strategic plans written down once and followed with live figures: objectives, targets with an
 * indicator and yearly targets; indicators computed from the measures the modules offer or entered
 * by hand with evidence. Authority staff read them; an administrator writes them; authority staff
 * other than executives record the values entered by hand.
 */
public interface StrategicPlans {

	List<PlanSummary> plans();

	/** The plan with each target's actual against its target for every fiscal year, as it stood on {@code asOf}. */
	PlanProgressView progress(UUID plan, LocalDate asOf);

	/** As it stands today. */
	PlanProgressView progress(UUID plan);

	/**
	 * What is wrong with a form (its fields and the rules that do not need the other plans), without
	 * saving anything: lets a page show every problem at once, with the ones of reading it.
	 */
	List<FieldProblem> check(PlanForm form);

	List<FieldProblem> check(UUID objective, @Nullable UUID target, TargetForm form);

	List<FieldProblem> check(UUID target, ValueForm form);

	PlanSummary create(PlanForm form);

	UUID addObjective(UUID plan, ObjectiveForm form);

	UUID addTarget(UUID objective, TargetForm form);

	/** Replaces a target's definition and yearly targets; {@code expectedVersion} guards against a lost update. */
	void updateTarget(UUID target, TargetForm form, long expectedVersion);

	TargetForm targetForm(UUID target);

	/** The plan a target belongs to. */
	UUID planOf(UUID target);

	void recordValue(UUID target, ValueForm form);

	/** What lies behind a target's figure for a fiscal year: the measure's records, or the evidence entered. */
	TargetRecords records(UUID target, int fiscalYear);

	/** The measures the modules offer, for choosing a computed indicator. */
	List<MeasureInfo> measures();

	/** A measure's figure over a period; unknown codes are not found. */
	MeasureReading reading(String code, org.mizani.platform.Measure.Period period);
}
