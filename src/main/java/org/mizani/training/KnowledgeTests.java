package org.mizani.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Knowledge tests and the reaction survey. Coordinators author a programme's question bank and open and
 * close each session's pre- and post-test; participants with a Mizani account take them online, the
 * coordinator enters paper answers for the others; tests are scored at once. Participants answer the
 * reaction survey once.
 */
public interface KnowledgeTests {

	List<QuestionView> questions(UUID programme);

	QuestionView addQuestion(UUID programme, QuestionForm form);

	void retireQuestion(UUID question);

	/** Open tests of a session, by kind. */
	Map<TestKind, Boolean> testsOpen(UUID session);

	void openTest(UUID session, TestKind kind);

	void closeTest(UUID session, TestKind kind);

	/** The questions of the test (the session's modules), without their answers. */
	List<QuestionView> paper(UUID session);

	/** The caller's own participation in the session, if any. */
	Optional<ParticipantView> me(UUID session);

	/** Answers of a participant: their own online while the test is open, or the coordinator's entry from paper. */
	double submit(UUID session, TestKind kind, @Nullable UUID participant, Map<UUID, Integer> answers);

	TestResults results(UUID session);

	void answerSurvey(UUID session, SurveyForm form);

	SurveySummary survey(UUID session);
}
