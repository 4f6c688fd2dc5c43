package org.mizani;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.identity.internal.TestLogins;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Hostile and malformed input against training (issue 5), from a printed seed ({@code -Dhostile.seed=…}):
 * programmes, sessions, nominations, decisions, attendance, follow-up answers, visits, actions from
 * visits and certificate bundles, over forms and the API. No server error, a problem body for every API
 * refusal, nothing stored by a refused request, and stored text shown escaped.
 */
@MizaniIntegrationTest
@org.junit.jupiter.api.Tag("exhaustive")
class TrainingHostileInputIT extends IntegrationTestSupport {

	static final int REQUESTS = 1_200;

	static final String COORDINATOR = "training@ega.go.tz";
	static final String ICT = "ict.officer@dodomacc.go.tz";

	static final List<String> PROGRAMME_FIELDS = List.of("titleSw", "titleEn", "fiscalYear", "targetInstitutions", "phases",
			"coOrganisers", "budgetTzs", "modules", "certificatePassMark");

	static final List<String> SESSION_FIELDS = List.of("phase", "title", "startsOn", "endsOn", "venue", "region", "capacity",
			"quotaPerInstitution", "trainers", "modules", "coOrganisers");

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void noHostileRequestCausesAServerErrorOrStoresAnything() throws Exception {
		long seed = HostileInput.seed("TrainingHostileInputIT");
		Random random = new Random(seed);
		HostileInput hostile = new HostileInput(random);
		String coordinatorToken = TestLogins.sharedToken(context, COORDINATOR);
		String ictToken = TestLogins.sharedToken(context, ICT);
		UUID programme = jdbc.sql("select id from training_programme where title_en = 'ICT systems security management'")
			.query(UUID.class).single();
		UUID open = jdbc.sql("select id from training_session where status = 'OPEN' order by starts_on limit 1").query(UUID.class)
			.single();
		UUID completed = jdbc.sql("select id from training_session where status = 'COMPLETED' order by starts_on desc limit 1")
			.query(UUID.class).single();
		UUID participant = jdbc.sql("select id from training_participant where session_id = :s limit 1").param("s", completed)
			.query(UUID.class).single();
		UUID followUp = jdbc.sql("""
				select f.id from training_follow_up f join institution i on i.id = f.institution_id
				where i.acronym = 'DODOMA-CC' order by f.due_on limit 1""").query(UUID.class).single();
		UUID visit = UUID.randomUUID();
		jdbc.sql("""
				insert into training_visit (id, programme_id, institution_id, visited_on, visitors, findings, rating, recorded_by)
				values (:id, :p, :i, current_date, 'eGA', 'Backups untested', 3, '00000000-0000-0000-0000-000000000000')""")
			.param("id", visit).param("p", programme).param("i", institutionId("DODOMA-CC")).update();
		long programmesBefore = count("training_programme");
		long sessionsBefore = count("training_session");
		long participantsBefore = count("training_participant");
		long visitsBefore = count("training_visit");
		long actionsBefore = count("remediation_action");
		int programmes = 0;
		int sessions = 0;
		int participants = 0;
		int visits = 0;
		int actions = 0;
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			AbstractMockHttpServletRequestBuilder<?> request;
			boolean api = true;
			String kind;
			String as = COORDINATOR;
			String bearer = coordinatorToken;
			switch (random.nextInt(12)) {
				case 0 -> {
					kind = "api:programme";
					request = post("/api/v1/training/programmes").contentType(MediaType.APPLICATION_JSON)
						.content(hostile.json(PROGRAMME_FIELDS));
				}
				case 1 -> {
					kind = "form:programme";
					api = false;
					request = post("/training/programmes/new");
					for (String field : PROGRAMME_FIELDS) {
						if (random.nextInt(3) > 0) {
							request.param(field, hostile.nasty());
						}
					}
				}
				case 2 -> {
					kind = "api:session";
					String body = hostile.json(SESSION_FIELDS);
					request = post("/api/v1/training/sessions").contentType(MediaType.APPLICATION_JSON)
						.content(random.nextBoolean() ? body.replaceFirst("\\{", "{\"programmeId\": \"" + programme + "\", ") : body);
				}
				case 3 -> {
					kind = "api:nomination";
					bearer = ictToken;
					request = post("/api/v1/training/sessions/" + (random.nextBoolean() ? open : completed) + "/nominations")
						.contentType(MediaType.APPLICATION_JSON).content(hostile.json(List.of("fullName", "email", "position", "userId")));
				}
				case 4 -> {
					kind = "form:nomination";
					api = false;
					as = ICT;
					request = post("/training/sessions/" + open + "/nominations").param("fullName", hostile.nasty())
						.param("email", hostile.nasty()).param("position", hostile.nasty());
				}
				case 5 -> {
					kind = "api:decision";
					request = post("/api/v1/training/nominations/" + participant + "/decision").contentType(MediaType.APPLICATION_JSON)
						.content(hostile.json(List.of("decision")));
				}
				case 6 -> {
					kind = "api:attendance";
					request = put("/api/v1/training/sessions/" + completed + "/attendance").contentType(MediaType.APPLICATION_JSON)
						.content(random.nextBoolean() ? hostile.json(List.of("day", "marks"))
								: "{\"day\": \"" + HostileInput.escape(hostile.nasty()) + "\", \"marks\": {\"" + participant + "\": \""
										+ HostileInput.escape(hostile.nasty()) + "\"}}");
				}
				case 7 -> {
					kind = "api:follow-up";
					bearer = ictToken;
					request = put("/api/v1/training/follow-ups/" + followUp + "/answers").contentType(MediaType.APPLICATION_JSON)
						.content(random.nextBoolean() ? hostile.json(List.of("practices", "otherPractices", "challenges",
								"otherChallenges", "supportNeeded"))
								: "{\"practices\": {\"" + HostileInput.escape(hostile.nasty()) + "\": [\"" + HostileInput.escape(hostile.nasty())
										+ "\"]}, \"challenges\": {\"C1\": \"" + HostileInput.escape(hostile.nasty()) + "\"}}");
				}
				case 8 -> {
					kind = "form:visit";
					api = false;
					request = post("/training/programmes/" + programme + "/visits").param("institutionId", hostile.nasty())
						.param("visitedOn", hostile.nasty()).param("visitors", hostile.nasty()).param("findings", hostile.nasty())
						.param("rating", hostile.nasty());
				}
				case 9 -> {
					kind = "api:visit-action";
					request = post("/api/v1/training/visits/" + visit + "/actions").contentType(MediaType.APPLICATION_JSON)
						.content(hostile.json(List.of("title", "description", "ownerId", "dueDate", "priority", "version")));
				}
				case 10 -> {
					kind = "api:bundle";
					request = post("/api/v1/training/sessions/" + completed + "/certificates/bundle")
						.contentType(MediaType.APPLICATION_JSON).content(hostile.json(List.of("language")));
				}
				default -> {
					kind = "list:training";
					api = false;
					as = random.nextBoolean() ? COORDINATOR : ICT;
					String[] pages = { "/training", "/training/programmes/" + programme, "/training/programmes/" + programme + "/impact",
						"/training/follow-ups", "/training/sessions/" + completed, "/actions" };
					request = get(pages[random.nextInt(pages.length)]).param("page", hostile.nasty()).param("q", hostile.nasty())
						.param("status", hostile.nasty()).param("programme", hostile.nasty()).param("lang", hostile.nasty());
				}
			}
			MockHttpServletResponse response = HostileInput.send(mvc, context, request, kind, api, as, bearer, failures);
			int status = response.getStatus();
			if ((kind.equals("api:programme") && status == 201) || (kind.equals("form:programme") && status == 302)) {
				programmes++;
			}
			if (kind.equals("api:session") && status == 201) {
				sessions++;
			}
			if ((kind.equals("api:nomination") && status == 201) || (kind.equals("form:nomination") && status == 302
					&& response.getRedirectedUrl() != null && !response.getRedirectedUrl().contains("error"))) {
				participants++;
			}
			if (kind.equals("form:visit") && status == 302) {
				visits++;
			}
			if (kind.equals("api:visit-action") && status == 201) {
				actions++;
			}
		}
		assertThat(failures).as("seed " + seed).isEmpty();
		assertThat(count("training_programme")).as("seed " + seed).isEqualTo(programmesBefore + programmes);
		assertThat(count("training_session")).as("seed " + seed).isEqualTo(sessionsBefore + sessions);
		assertThat(count("training_participant")).as("seed " + seed).isLessThanOrEqualTo(participantsBefore + participants);
		assertThat(count("training_visit")).as("seed " + seed).isLessThanOrEqualTo(visitsBefore + visits);
		assertThat(count("remediation_action")).as("seed " + seed).isEqualTo(actionsBefore + actions);
		String page = mvc.perform(get("/training/programmes/" + programme).with(as(context, COORDINATOR))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x onerror");
		String session = mvc.perform(get("/training/sessions/" + open).with(as(context, COORDINATOR))).andReturn().getResponse()
			.getContentAsString();
		assertThat(session).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x onerror");
	}
}
