package org.mizani.training;

import java.util.List;
import java.util.UUID;

/**
 * Planning training: programmes and their sessions (training coordinators), and the plan's progress.
 * Everyone signed in reads programmes and sessions.
 */
public interface TrainingManagement {

	List<ProgrammeView> programmes();

	ProgrammeView programme(UUID id);

	ProgrammeView createProgramme(ProgrammeForm form);

	PlanProgress plan(UUID programme);

	List<SessionView> sessions(UUID programme);

	SessionView session(UUID id);

	SessionView createSession(SessionForm form);

	/** Moves a session on: planned → open for nominations → running → completed, or cancelled before it ends. */
	SessionView changeStatus(UUID session, SessionStatus to, long expectedVersion);
}
