package org.mizani.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.mizani.platform.Language;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;

/**
 * ICT project proposals and the portfolio. Institutions (ICT officers, the head) prepare proposals and
 * only the head submits them; the review is {@link ProjectReview}, the implementation
 * {@link ProjectDelivery}. Another institution's project is "not found".
 */
public interface ProjectManagement {

	PageResult<ProjectView> search(ProjectQuery query, Paging paging);

	Portfolio portfolio(ProjectQuery query);

	void exportXlsx(ProjectQuery query, OutputStream out) throws IOException;

	ProjectView get(ProjectId id);

	/** A draft with the questionnaire of the chosen catalogue version's project-relevant requirements. */
	ProjectView create(ProjectForm form);

	ProjectView update(ProjectId id, ProjectForm form, long expectedVersion);

	List<AnswerView> questionnaire(ProjectId id);

	/** The register entries of the systems the project builds (entered as "planned" when it was approved). */
	List<org.mizani.system.SystemSummary> registeredSystems(ProjectId id);

	void answer(ProjectId id, UUID requirement, Conformity answer, String explanation);

	ProjectFileView attach(ProjectId id, FileKind kind, String filename, InputStream content) throws IOException;

	List<ProjectFileView> files(ProjectId id);

	ProjectFileView file(UUID file);

	InputStream openFile(UUID file) throws IOException;

	/** What still stops the head from submitting (empty when nothing does). */
	List<String> missingForSubmission(ProjectId id);

	ProjectView submit(ProjectId id, long expectedVersion);

	/** Numbers of the submissions so far, oldest first. */
	List<Integer> submissions(ProjectId id);

	SubmissionDiff diff(ProjectId id, int from, int to);

}
