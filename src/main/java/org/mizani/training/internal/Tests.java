package org.mizani.training.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.training.QuestionForm;
import org.mizani.training.QuestionView;
import org.mizani.training.SurveyForm;
import org.mizani.training.SurveySummary;
import org.mizani.training.TestKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The question bank, tests, their results per module, and survey answers. */
@Repository
class Tests {

	private final JdbcClient jdbc;

	Tests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<QuestionView> questions(UUID programme, @Nullable List<String> modules) {
		return jdbc.sql("select * from training_question where programme_id = :p and active"
				+ (modules == null ? "" : " and module_code in (select unnest(cast(:m as varchar[])))") + " order by module_code, created_at")
			.param("p", programme).param("m", modules == null ? "{}" : org.mizani.platform.SqlText.arrayLiteral(modules))
			.query(Tests::question).list();
	}

	Optional<UUID> programmeOf(UUID question) {
		return jdbc.sql("select programme_id from training_question where id = :q").param("q", question).query(UUID.class).optional();
	}

	void insert(UUID id, UUID programme, QuestionForm f) {
		jdbc.sql("""
				insert into training_question (id, programme_id, module_code, text_sw, text_en, options_sw, options_en, correct)
				values (:id, :p, :m, :sw, :en, cast(:osw as text[]), cast(:oen as text[]), :c)
				""").param("id", id).param("p", programme).param("m", f.moduleCode()).param("sw", f.textSw().strip())
			.param("en", f.textEn().strip()).param("osw", array(f.optionsSw())).param("oen", array(f.optionsEn()))
			.param("c", f.correct()).update();
	}

	/** A PostgreSQL text array literal, every element quoted and escaped. */
	static String array(List<String> values) {
		StringBuilder out = new StringBuilder("{");
		for (int i = 0; i < values.size(); i++) {
			out.append(i == 0 ? "" : ",").append('"')
				.append(values.get(i).strip().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return out.append('}').toString();
	}

	boolean retire(UUID question) {
		return jdbc.sql("update training_question set active = false where id = :q and active").param("q", question).update() == 1;
	}

	Map<TestKind, Boolean> open(UUID session) {
		Map<TestKind, Boolean> open = new java.util.EnumMap<>(TestKind.class);
		for (TestKind kind : TestKind.values()) {
			open.put(kind, false);
		}
		jdbc.sql("select kind, status from training_test where session_id = :s").param("s", session)
			.query((rs, n) -> open.put(TestKind.valueOf(rs.getString("kind")), "OPEN".equals(rs.getString("status")))).list();
		return open;
	}

	boolean wasOpened(UUID session, TestKind kind) {
		return jdbc.sql("select count(*) from training_test where session_id = :s and kind = :k").param("s", session)
			.param("k", kind.name()).query(Long.class).single() > 0;
	}

	void setOpen(UUID session, TestKind kind, boolean open) {
		jdbc.sql("""
				insert into training_test (session_id, kind, status) values (:s, :k, :st)
				on conflict (session_id, kind) do update set status = :st,
				  closed_at = case when :st = 'CLOSED' then now() else null end
				""").param("s", session).param("k", kind.name()).param("st", open ? "OPEN" : "CLOSED").update();
	}

	boolean record(UUID participant, TestKind kind, Map<UUID, Integer> answers, int correct, int total, boolean onPaper,
			Map<String, int[]> perModule) {
		int inserted = jdbc.sql("""
				insert into training_test_result (participant_id, kind, answers, correct, total, on_paper)
				values (:p, :k, cast(:a as jsonb), :c, :t, :paper) on conflict do nothing
				""").param("p", participant).param("k", kind.name()).param("a", JsonMapper.shared().writeValueAsString(answers))
			.param("c", correct).param("t", total).param("paper", onPaper).update();
		if (inserted == 0) {
			return false;
		}
		perModule.forEach((module, score) -> jdbc.sql("""
				insert into training_test_module (participant_id, kind, module_code, correct, total) values (:p, :k, :m, :c, :t)
				""").param("p", participant).param("k", kind.name()).param("m", module).param("c", score[0]).param("t", score[1]).update());
		return true;
	}

	/** Score (0–100) of each participant of the session who sat the test, by participant. */
	Map<UUID, Double> scores(UUID session, TestKind kind) {
		Map<UUID, Double> scores = new java.util.HashMap<>();
		jdbc.sql("""
				select r.participant_id, 100.0 * r.correct / nullif(r.total, 0) as score from training_test_result r
				join training_participant p on p.id = r.participant_id where p.session_id = :s and r.kind = :k
				""").param("s", session).param("k", kind.name())
			.query((rs, n) -> scores.put(rs.getObject("participant_id", UUID.class), rs.getDouble("score"))).list();
		return scores;
	}

	/** Per module, the share of right answers over all participants of the session who sat the test. */
	Map<String, Double> modules(UUID session, TestKind kind) {
		Map<String, Double> scores = new java.util.TreeMap<>();
		jdbc.sql("""
				select m.module_code, 100.0 * sum(m.correct) / nullif(sum(m.total), 0) as score from training_test_module m
				join training_participant p on p.id = m.participant_id where p.session_id = :s and m.kind = :k group by m.module_code
				""").param("s", session).param("k", kind.name())
			.query((rs, n) -> scores.put(rs.getString("module_code"), rs.getDouble("score"))).list();
		return scores;
	}

	boolean answerSurvey(UUID participant, SurveyForm f) {
		return jdbc.sql("""
				insert into training_survey (participant_id, relevance, quality, trainer, venue, comments)
				values (:p, :r, :q, :t, :v, :c) on conflict do nothing
				""").param("p", participant).param("r", f.relevance()).param("q", f.quality()).param("t", f.trainer())
			.param("v", f.venue()).param("c", org.mizani.platform.Rows.blankToNull(f.comments())).update() == 1;
	}

	SurveySummary survey(UUID session) {
		List<String> comments = jdbc.sql("""
				select v.comments from training_survey v join training_participant p on p.id = v.participant_id
				where p.session_id = :s and v.comments is not null order by v.answered_at""").param("s", session).query(String.class).list();
		return jdbc.sql("""
				select count(*) as n, avg(relevance) as r, avg(quality) as q, avg(trainer) as t, avg(venue) as v
				from training_survey v join training_participant p on p.id = v.participant_id where p.session_id = :s
				""").param("s", session).query((rs, n) -> new SurveySummary(rs.getLong("n"), number(rs, "r"), number(rs, "q"),
						number(rs, "t"), number(rs, "v"), comments)).single();
	}

	private static @Nullable Double number(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	private static QuestionView question(ResultSet rs, int n) throws SQLException {
		return new QuestionView(rs.getObject("id", UUID.class), rs.getString("module_code"), rs.getString("text_sw"),
				rs.getString("text_en"), strings(rs.getArray("options_sw")), strings(rs.getArray("options_en")), rs.getInt("correct"));
	}
}
