package org.mizani.identity;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.createUser;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Personal API tokens: shown once, stored hashed, act with the owner's rights, stop working when revoked or expired. */
@MizaniIntegrationTest
class ApiTokenIT extends IntegrationTestSupport {

	private int status(String token, String path) throws Exception {
		return mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus();
	}

	@Test
	void aTokenIsShownOnceStoredHashedAndStopsWorkingWhenRevokedOrExpiredOrItsOwnerIsDeactivated() throws Exception {
		String email = "tokens-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz";
		UUID owner = createUser(context, email, Role.ICT_OFFICER, "MOF", "mawingu meupe angani");
		WebSession browser = new WebSession(mvc);
		browser.signIn(email, "mawingu meupe angani");

		String page = browser.post("/account/tokens", "name", "reporting script", "validDays", "30").getContentAsString();
		Matcher shown = Pattern.compile("<code id=\"new-token\"[^>]*>(mzn_[A-Za-z0-9_-]+)</code>").matcher(page);
		assertThat(shown.find()).isTrue();
		String token = shown.group(1);
		assertThat(browser.get("/account/tokens").getContentAsString()).as("shown once").doesNotContain(token);
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t").param("t", token).query(Long.class).single())
			.as("never stored as given").isZero();

		assertThat(status(token, "/api/v1/me")).isEqualTo(200);
		assertThat(status(token, "/api/v1/users")).as("no more than the owner's rights").isEqualTo(403);

		UUID id = jdbc.sql("select id from api_token where user_id = :u").param("u", owner).query(UUID.class).single();
		jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = :id").param("id", id).update();
		org.mizani.identity.internal.TestLogins.forgetCachedTokens(context);
		assertThat(status(token, "/api/v1/me")).as("expired").isEqualTo(401);
		jdbc.sql("update api_token set expires_at = now() + interval '1 day' where id = :id").param("id", id).update();
		assertThat(status(token, "/api/v1/me")).isEqualTo(200);
		assertThat(status(token, "/api/v1/me")).as("answered from the token cache").isEqualTo(200);

		assertThat(browser.post("/account/tokens/" + id + "/revoke").getRedirectedUrl()).isEqualTo("/account/tokens");
		assertThat(status(token, "/api/v1/me")).as("revoked: at once, the cache of this node forgets it").isEqualTo(401);
	}

	@Test
	void everyApiAnswerTellsTheAccountWhatIsLeftOfItsRequestBudget() throws Exception {
		String email = "budget-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz";
		createUser(context, email, Role.ICT_OFFICER, "MOF", "mawingu meupe angani");
		var answer = mvc.perform(api(get("/api/v1/me"), email)).andReturn().getResponse();
		assertThat(answer.getStatus()).isEqualTo(200);
		long limit = Long.parseLong(answer.getHeader("X-RateLimit-Limit"));
		assertThat(limit).as("the test run's budget, set in TestDatabaseEnvironment").isEqualTo(1_000_000);
		assertThat(Long.parseLong(answer.getHeader("X-RateLimit-Remaining"))).as("this request was counted").isEqualTo(limit - 1);
		assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getHeader("X-RateLimit-Remaining"))
			.as("probes are not counted").isNull();
	}

	@Test
	void anOwnerDeactivatedThroughTheApplicationLosesTheTokensAtOnceDespiteTheCache() throws Exception {
		String email = "left-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz";
		UUID owner = createUser(context, email, Role.VIEWER, "MOF", "mawingu meupe angani");
		String token = org.mizani.identity.internal.TestLogins.tokenFor(context, email);
		assertThat(status(token, "/api/v1/me")).isEqualTo(200);
		assertThat(status(token, "/api/v1/me")).isEqualTo(200);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/users/" + owner + "/deactivate")
			.header("Authorization", "Bearer " + org.mizani.identity.internal.TestLogins.sharedToken(context, "admin@ega.go.tz")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is2xxSuccessful());
		assertThat(status(token, "/api/v1/me")).isEqualTo(401);
	}

	@Test
	void aDeactivatedOwnersTokensStopWorking() throws Exception {
		String email = "gone-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz";
		UUID owner = createUser(context, email, Role.VIEWER, "MOF", "mawingu meupe angani");
		String token = org.mizani.identity.internal.TestLogins.tokenFor(context, email);
		assertThat(status(token, "/api/v1/me")).isEqualTo(200);
		jdbc.sql("update app_user set active = false where id = :id").param("id", owner).update();
		org.mizani.identity.internal.TestLogins.forgetCachedTokens(context);
		assertThat(status(token, "/api/v1/me")).isEqualTo(401);
	}

	@Test
	void aTokensLastUseIsRecordedToTheMinuteNotOnEveryRequest() throws Exception {
		String email = "busy-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz";
		createUser(context, email, Role.VIEWER, "MOF", "mawingu meupe angani");
		String token = org.mizani.identity.internal.TestLogins.tokenFor(context, email);
		UUID user = jdbc.sql("select id from app_user where email = :e").param("e", email).query(UUID.class).single();
		java.util.function.Supplier<java.time.OffsetDateTime> lastUsed = () -> jdbc
			.sql("select last_used_at from api_token where user_id = :u").param("u", user).query(java.time.OffsetDateTime.class).single();

		assertThat(status(token, "/api/v1/me")).isEqualTo(200);
		java.time.OffsetDateTime first = lastUsed.get();
		assertThat(first).as("the first use is recorded").isNotNull();
		assertThat(status(token, "/api/v1/me")).isEqualTo(200);
		assertThat(lastUsed.get()).as("a use within the minute writes nothing").isEqualTo(first);

		jdbc.sql("update api_token set last_used_at = now() - interval '2 minutes' where user_id = :u").param("u", user).update();
		org.mizani.identity.internal.TestLogins.forgetCachedTokens(context);
		java.time.OffsetDateTime old = lastUsed.get();
		assertThat(status(token, "/api/v1/me")).isEqualTo(200);
		assertThat(lastUsed.get()).as("a use after a minute is recorded again").isAfter(old);
	}

	@Test
	void aTokenValidityOutsideTheAllowedRangeIsRefusedWithAMessage() throws Exception {
		String email = "range-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz";
		createUser(context, email, Role.VIEWER, "MOF", "mawingu meupe angani");
		WebSession browser = new WebSession(mvc);
		browser.signIn(email, "mawingu meupe angani");
		assertThat(browser.post("/account/tokens", "name", "x", "validDays", "9999").getContentAsString())
			.contains("A token can be valid for 1 to 365 days.");
		assertThat(browser.post("/account/tokens", "name", "x", "validDays", "soon").getContentAsString())
			.contains("Not a valid value.");
		assertThat(jdbc.sql("select count(*) from api_token t join app_user u on u.id = t.user_id where u.email = :e")
			.param("e", email).query(Long.class).single()).isZero();
	}
}
