package org.mizani.continuity;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Disaster-recovery plans and drills. An institution's ICT officers and head keep the plans of its systems
 * and record its drills; the authority reads every institution's and the national readiness. Another
 * institution's plan or drill is "not found".
 */
public interface ContinuityManagement {

	/** Plans the caller may see, optionally of one institution. */
	List<PlanView> plans(@Nullable UUID institution);

	PlanView plan(UUID plan);

	Optional<PlanView> planForSystem(UUID system);

	/** Creates the system's plan, or updates it at {@code expectedVersion}. */
	PlanView savePlan(UUID system, PlanForm form, long expectedVersion);

	PlanView attachDocument(UUID plan, String filename, InputStream content) throws IOException;

	Document document(UUID plan);

	InputStream openDocument(UUID plan) throws IOException;

	List<DrillView> drills(UUID plan);

	/** Drills that missed their targets, most recent first. */
	List<DrillView> failedDrills(@Nullable UUID institution, int limit);

	DrillView drill(UUID drill);

	/** Records a drill; whether it passed is computed from the plan's targets. */
	DrillView recordDrill(UUID plan, DrillForm form);

	void addAction(UUID drill, String description, String owner, LocalDate dueOn);

	void completeAction(UUID drill, UUID action);

	Readiness readiness(@Nullable UUID institution);

	record Document(String filename, String mediaType, long size) {
	}
}
