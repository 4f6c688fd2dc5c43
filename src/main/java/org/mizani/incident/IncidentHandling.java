package org.mizani.incident;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The work on an incident: tasks, timeline and comments, indicators, attachments, and the reporting
 * stages the institution sends and the analysts review.
 */
public interface IncidentHandling {

	List<TaskView> tasks(IncidentId id);

	TaskView addTask(IncidentId id, String title, @Nullable UUID owner, @Nullable LocalDate due);

	void completeTask(IncidentId id, UUID task);

	/** Entries the caller may read: internal ones only for the handlers. */
	List<EntryView> entries(IncidentId id);

	/** A timeline entry (what happened when) by a handler. */
	void addTimelineEntry(IncidentId id, LocalDateTime occurredAt, String text);

	/** A comment; {@code internal} comments are for the handlers (analysts and the partner) only. */
	void comment(IncidentId id, String text, boolean internal);

	List<IndicatorView> indicators(IncidentId id);

	IndicatorView addIndicator(IncidentId id, IndicatorKind kind, String value, @Nullable String note);

	void removeIndicator(IncidentId id, UUID indicator);

	IncidentFileView attach(IncidentId id, String filename, InputStream content) throws IOException;

	List<IncidentFileView> files(IncidentId id);

	IncidentFileView file(UUID file);

	InputStream openFile(UUID file) throws IOException;

	List<StageView> stages(IncidentId id);

	void submitStage(IncidentId id, String stage, String report);

	void reviewStage(IncidentId id, String stage, StageView.StageReview review, @Nullable String comment);
}
