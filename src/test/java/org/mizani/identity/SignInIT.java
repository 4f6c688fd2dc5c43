package org.mizani.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mizani.identity.internal.TestLogins.as;
import static org.mizani.identity.internal.TestLogins.createUser;
import static org.mizani.identity.internal.TestLogins.nextTotpCode;
import static org.mizani.identity.internal.TestLogins.totpCode;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@MizaniIntegrationTest
class SignInIT extends IntegrationTestSupport {

	static final String PASSWORD = "kahawa chungu asubuhi";

	private String newEmail() {
		return "user-" + UUID.randomUUID().toString().substring(0, 8) + "@dodomacc.go.tz";
	}

	@Test
	void aCorrectPasswordSignsInAndTheSessionWorks() throws Exception {
		String email = newEmail();
		UUID id = createUser(context, email, Role.ICT_OFFICER, "DODOMA-CC", PASSWORD);
		WebSession browser = new WebSession(mvc);
		assertThat(browser.signIn(email.toUpperCase(), PASSWORD).getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.get("/institutions").getStatus()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("user.signed-in", id) == 1);
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = :e").param("e", email)
			.query(Integer.class).list()).as("sessions live in the database with a 30-minute idle timeout").containsOnly(1800);
	}

	@Test
	void tenWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
		String email = newEmail();
		UUID id = createUser(context, email, Role.VIEWER, "DODOMA-CC", PASSWORD);
		WebSession browser = new WebSession(mvc);
		for (int i = 0; i < 10; i++) {
			assertThat(browser.signIn(email, "wrong password " + i).getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(jdbc.sql("select locked_until is not null from app_user where id = :id").param("id", id)
			.query(Boolean.class).single()).isTrue();
		assertThat(browser.signIn(email, PASSWORD).getRedirectedUrl()).as("locked even with the right password")
			.isEqualTo("/login?error");
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("user.locked", id) == 1);
		assertThat(auditEntries("user.sign-in-failed", id)).isGreaterThanOrEqualTo(10);

		mvc.perform(post("/admin/users/" + id + "/unlock").with(csrf()).with(as(context, "admin@ega.go.tz")));
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("user.unlocked", id) == 1);
		assertThat(browser.signIn(email, PASSWORD).getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void theSignInErrorNeverRevealsWhetherTheAccountExists() throws Exception {
		String email = newEmail();
		createUser(context, email, Role.VIEWER, "DODOMA-CC", PASSWORD);
		MockHttpServletResponse known = new WebSession(mvc).signIn(email, "not the password");
		MockHttpServletResponse unknown = new WebSession(mvc).signIn("nobody-" + email, "not the password");
		assertThat(unknown.getStatus()).isEqualTo(known.getStatus());
		assertThat(unknown.getRedirectedUrl()).isEqualTo(known.getRedirectedUrl());
		assertThat(new WebSession(mvc).get("/login?error").getContentAsString())
			.contains("The e-mail or password is wrong, or the account cannot be used at the moment.");
	}

	@Test
	void anAccountNameIsThrottledAfterItsFailureBudgetEvenIfItDoesNotExist() throws Exception {
		String email = "ghost-" + UUID.randomUUID() + "@nowhere.tz";
		WebSession browser = new WebSession(mvc);
		List<String> outcomes = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			outcomes.add(browser.signIn(email, "guess " + i).getRedirectedUrl());
		}
		assertThat(outcomes.subList(0, 20)).containsOnly("/login?error");
		assertThat(outcomes.get(20)).isEqualTo("/login?throttled");
	}

	@Test
	void enrolsASecondFactorAndThenRequiresItWithReplayAndRecoveryCodesHandled() throws Exception {
		String email = newEmail();
		UUID id = createUser(context, email, Role.ICT_OFFICER, "DODOMA-CC", PASSWORD);
		WebSession browser = new WebSession(mvc);
		browser.signIn(email, PASSWORD);
		String enrolPage = browser.get("/account/mfa/enrol").getContentAsString();
		String secret = match(enrolPage, "<code id=\"secret\">([A-Z2-7]+)</code>");
		assertThat(enrolPage).contains("data:image/png;base64,");
		assertThat(browser.post("/account/mfa/enrol", "code", "000000").getContentAsString()).contains("That code is not right");
		String codesPage = browser.post("/account/mfa/enrol", "code", totpCode(context, secret)).getContentAsString();
		List<String> recoveryCodes = all(codesPage, "<code>((?:[2-9A-Z]{4}-){6}[2-9A-Z]{4})</code>");
		assertThat(recoveryCodes).hasSize(10);
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("user.mfa-enrolled", id) == 1);

		WebSession second = new WebSession(mvc);
		assertThat(second.signIn(email, PASSWORD).getRedirectedUrl()).isEqualTo("/login/mfa");
		assertThat(second.get("/institutions").getRedirectedUrl()).as("nothing but the second step").isEqualTo("/login/mfa");
		assertThat(second.post("/login/mfa", "code", "123456").getContentAsString()).contains("That code is not right");
		String code = totpCode(context, secret);
		assertThat(second.post("/login/mfa", "code", code).getRedirectedUrl()).isEqualTo("/");
		assertThat(second.get("/institutions").getStatus()).isEqualTo(200);

		WebSession replay = new WebSession(mvc);
		replay.signIn(email, PASSWORD);
		assertThat(replay.post("/login/mfa", "code", code).getContentAsString()).as("a code works only once")
			.contains("That code is not right");
		assertThat(replay.post("/login/mfa", "code", recoveryCodes.get(0).toLowerCase()).getRedirectedUrl()).isEqualTo("/");

		WebSession again = new WebSession(mvc);
		again.signIn(email, PASSWORD);
		assertThat(again.post("/login/mfa", "code", recoveryCodes.get(0)).getContentAsString()).as("a recovery code works once")
			.contains("That code is not right");

		// new recovery codes only for whoever holds the app: a session alone, or a recovery code, is not enough
		assertThat(second.post("/account/mfa/recovery-codes").getContentAsString()).contains("recovery codes cannot make new ones");
		assertThat(second.post("/account/mfa/recovery-codes", "code", recoveryCodes.get(1)).getContentAsString())
			.contains("recovery codes cannot make new ones");
		String renewed = second.post("/account/mfa/recovery-codes", "code", nextTotpCode(context, secret)).getContentAsString();
		assertThat(all(renewed, "<code>((?:[2-9A-Z]{4}-){6}[2-9A-Z]{4})</code>")).hasSize(10);
	}

	@Test
	void signingOutEverywhereEndsTheOtherSessionsToo() throws Exception {
		String email = newEmail();
		createUser(context, email, Role.VIEWER, "DODOMA-CC", PASSWORD);
		WebSession laptop = new WebSession(mvc);
		WebSession phone = new WebSession(mvc);
		laptop.signIn(email, PASSWORD);
		phone.signIn(email, PASSWORD);
		assertThat(phone.get("/account").getStatus()).isEqualTo(200);
		// one session ended from the other's list: the list names no session id, only a handle
		String account = laptop.get("/account").getContentAsString();
		List<String> handles = all(account, "/account/sessions/([0-9a-f]{16})/end");
		assertThat(handles).as("the phone's session, not the laptop's own").hasSize(1);
		assertThat(account).contains("This browser").doesNotContain(laptop.cookie("MIZANI_SESSION"));
		assertThat(account).contains("Your password, to sign out another browser");
		// someone at a browser left signed in cannot throw the holder out without the password
		for (String wrong : new String[] { null, "", "not the password" }) {
			MockHttpServletResponse refused = wrong == null ? laptop.post("/account/sessions/" + handles.get(0) + "/end")
					: laptop.post("/account/sessions/" + handles.get(0) + "/end", "password", wrong);
			assertThat(refused.getRedirectedUrl()).isEqualTo("/account");
			assertThat(laptop.get("/account").getContentAsString()).contains("That was not right, so no session was ended.");
			assertThat(phone.get("/account").getStatus()).as("still signed in").isEqualTo(200);
		}
		assertThat(laptop.post("/account/sessions/" + handles.get(0) + "/end", "password", PASSWORD).getRedirectedUrl())
			.isEqualTo("/account");
		assertThat(laptop.get("/account").getContentAsString()).contains("That session has ended.");
		assertThat(phone.get("/account").getRedirectedUrl()).endsWith("/login");
		assertThat(laptop.get("/account").getStatus()).isEqualTo(200);
		UUID id = jdbc.sql("select id from app_user where email = :e").param("e", email).query(UUID.class).single();
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("user.session-ended", id) == 1);
		assertThat(laptop.post("/account/sessions/" + handles.get(0) + "/end", "password", PASSWORD).getRedirectedUrl()).as("already gone")
			.isEqualTo("/account");
		assertThat(laptop.get("/account").getContentAsString()).contains("That session had already ended.");
		phone.signIn(email, PASSWORD);
		assertThat(laptop.post("/account/sign-out-everywhere").getRedirectedUrl()).isEqualTo("/login?signedOut");
		assertThat(phone.get("/account").getRedirectedUrl()).endsWith("/login");
		assertThat(laptop.get("/account").getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void aSessionEndsAtItsMaximumLifetimeHoweverActiveItIs() throws Exception {
		String email = newEmail();
		WebSession browser = signedInViewer(email);
		assertThat(jdbc.sql("select session_id from spring_session where principal_name = :email").param("email", email)
			.query(String.class).single()).as("256 random bits in base64url").matches("[A-Za-z0-9_-]{43}");
		jdbc.sql("update spring_session set creation_time = creation_time - :hours where principal_name = :email")
			.param("hours", java.time.Duration.ofHours(11).toMillis()).param("email", email).update();
		assertThat(browser.get("/account").getStatus()).as("eleven hours in: still within the day").isEqualTo(200);
		jdbc.sql("update spring_session set creation_time = creation_time - :hours where principal_name = :email")
			.param("hours", java.time.Duration.ofHours(2).toMillis()).param("email", email).update();
		assertThat(browser.get("/account").getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :email").param("email", email)
			.query(Long.class).single()).as("the session is gone, not only hidden").isZero();
		assertThat(browser.get("/login?expired").getContentAsString()).contains("maximum length");
	}

	/** A new viewer of Dodoma, signed in with a password on a browser of their own. */
	private WebSession signedInViewer(String email) throws Exception {
		createUser(context, email, Role.VIEWER, "DODOMA-CC", PASSWORD);
		WebSession browser = new WebSession(mvc);
		browser.signIn(email, PASSWORD);
		assertThat(browser.get("/account").getStatus()).isEqualTo(200);
		return browser;
	}

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		String email = newEmail();
		createUser(context, email, Role.VIEWER, "DODOMA-CC", PASSWORD);
		WebSession browser = new WebSession(mvc);
		browser.get("/login");
		String before = browser.cookie("MIZANI_SESSION");
		assertThat(before).as("the sign-in form's session (it holds the CSRF token)").isNotNull();
		browser.signIn(email, PASSWORD);
		assertThat(browser.cookie("MIZANI_SESSION")).isNotNull().isNotEqualTo(before);
	}

	@Test
	void anIdleSessionEnds() throws Exception {
		String email = newEmail();
		WebSession browser = signedInViewer(email);
		// as if the last request were 31 minutes ago
		jdbc.sql("""
				update spring_session set last_access_time = last_access_time - :idle, expiry_time = expiry_time - :idle
				where principal_name = :email""").param("idle", java.time.Duration.ofMinutes(31).toMillis()).param("email", email).update();
		assertThat(browser.get("/account").getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void deactivatingAnAccountEndsItsSessions() throws Exception {
		String email = newEmail();
		UUID id = createUser(context, email, Role.VIEWER, "DODOMA-CC", PASSWORD);
		WebSession browser = new WebSession(mvc);
		browser.signIn(email, PASSWORD);
		assertThat(browser.get("/account").getStatus()).isEqualTo(200);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/users/" + id + "/deactivate")
			.header("Authorization", "Bearer " + org.mizani.identity.internal.TestLogins.sharedToken(context, "admin@ega.go.tz")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is2xxSuccessful());
		assertThat(browser.get("/account").getRedirectedUrl()).endsWith("/login");
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :email").param("email", email)
			.query(Long.class).single()).isZero();
	}

	@Test
	void changingThePasswordFollowsThePolicyAndEndsOtherSessions() throws Exception {
		String email = newEmail();
		createUser(context, email, Role.VIEWER, "DODOMA-CC", PASSWORD);
		WebSession laptop = new WebSession(mvc);
		WebSession phone = new WebSession(mvc);
		laptop.signIn(email, PASSWORD);
		phone.signIn(email, PASSWORD);
		assertThat(laptop.post("/account/password", "currentPassword", "wrong", "newPassword", "mlima mrefu wa kijani",
				"confirmPassword", "mlima mrefu wa kijani").getContentAsString()).contains("The current password is wrong.");
		assertThat(laptop.post("/account/password", "currentPassword", PASSWORD, "newPassword", "password1234",
				"confirmPassword", "password1234").getContentAsString()).contains("too common");
		assertThat(laptop.post("/account/password", "currentPassword", PASSWORD, "newPassword", "mlima mrefu wa kijani",
				"confirmPassword", "mlima mrefu wa kijani").getRedirectedUrl()).isEqualTo("/account");
		assertThat(laptop.get("/account").getStatus()).isEqualTo(200);
		assertThat(phone.get("/account").getRedirectedUrl()).endsWith("/login");
		assertThat(new WebSession(mvc).signIn(email, "mlima mrefu wa kijani").getRedirectedUrl()).isEqualTo("/");
	}

	/**
	 * Someone at a browser left signed in may guess the password to change it or to end the holder's other
	 * sessions: the wrong answers of all these confirmations share a budget (10), and guessing them does not
	 * lock the holder out of signing in.
	 */
	@Test
	void guessingThePasswordInsideASignedInSessionIsCutShortWithoutLockingTheHolderOut() throws Exception {
		String email = newEmail();
		createUser(context, email, Role.VIEWER, "DODOMA-CC", PASSWORD);
		WebSession left = new WebSession(mvc);
		WebSession other = new WebSession(mvc);
		left.signIn(email, PASSWORD);
		other.signIn(email, PASSWORD);
		String handle = match(left.get("/account").getContentAsString(), "/account/sessions/([0-9a-f]{16})/end");
		for (int i = 0; i < 5; i++) {
			assertThat(left.post("/account/password", "currentPassword", "guess " + i, "newPassword", "mlima mrefu wa kijani",
					"confirmPassword", "mlima mrefu wa kijani").getContentAsString()).contains("The current password is wrong.");
			left.post("/account/sessions/" + handle + "/end", "password", "other guess " + i);
			assertThat(left.get("/account").getContentAsString()).contains("That was not right, so no session was ended.");
		}
		assertThat(left.post("/account/password", "currentPassword", PASSWORD, "newPassword", "mlima mrefu wa kijani",
				"confirmPassword", "mlima mrefu wa kijani").getContentAsString()).as("even the right one, for a while")
			.contains("Too many failed attempts");
		assertThat(left.post("/account/sessions/" + handle + "/end", "password", PASSWORD).getRedirectedUrl()).isEqualTo("/account");
		assertThat(left.get("/account").getContentAsString()).contains("Too many failed attempts");
		assertThat(other.get("/account").getStatus()).as("the other session goes on").isEqualTo(200);
		assertThat(new WebSession(mvc).signIn(email, PASSWORD).getRedirectedUrl()).as("not locked out").isEqualTo("/");
	}

	@Test
	void theUsersPreferredLanguageAppliesAtSignIn() throws Exception {
		String email = newEmail();
		UUID id = createUser(context, email, Role.VIEWER, "DODOMA-CC", PASSWORD);
		jdbc.sql("update app_user set preferred_language = 'sw' where id = :id").param("id", id).update();
		WebSession browser = new WebSession(mvc).language("en");
		browser.signIn(email, PASSWORD);
		assertThat(browser.get("/account").getContentAsString()).contains("Akaunti yangu");
		browser.post("/account/language", "language", "EN");
		assertThat(browser.get("/account").getContentAsString()).contains("My account");
		assertThat(jdbc.sql("select preferred_language from app_user where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("en");
	}

	private static String match(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		assertThat(m.find()).as("page contains " + regex).isTrue();
		return m.group(1);
	}

	private static List<String> all(String text, String regex) {
		List<String> found = new ArrayList<>();
		Matcher m = Pattern.compile(regex).matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}
}
