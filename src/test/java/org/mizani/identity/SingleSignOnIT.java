package org.mizani.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.createUser;

/**
 * Single sign-on against a real OpenID Connect server (mock-oauth2-server on a loopback port):
 * a browser's whole round trip (Mizani → provider → Mizani with a code → token and user info
 * fetched and checked), with the person's claims chosen per test.
 */
@MizaniIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "mizani.security.mfa-required-for-authority=true")
class SingleSignOnIT extends IntegrationTestSupport {

	private static final MockOAuth2Server PROVIDER = started();

	@LocalServerPort
	int port;

	private static MockOAuth2Server started() {
		MockOAuth2Server server = new MockOAuth2Server();
		server.start();
		return server;
	}

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("mizani.oidc.issuer", () -> PROVIDER.issuerUrl("ega").toString());
		registry.add("mizani.oidc.client-id", () -> "mizani");
		registry.add("mizani.oidc.client-secret", () -> "a-client-secret");
		registry.add("mizani.oidc.name", () -> "eGA Keycloak");
		registry.add("mizani.oidc.role-mapping.ega-ict-head", () -> "INSTITUTION_HEAD");
	}

	@AfterAll
	static void stop() {
		PROVIDER.shutdown();
	}

	@Test
	void theSignInPageOffersBothWays() throws Exception {
		String english = new WebSession(mvc).get("/login").getContentAsString();
		assertThat(english).contains("Sign in with eGA Keycloak").contains("href=\"/login/sso\"").contains("name=\"password\"");
		assertThat(new WebSession(mvc).language("sw").get("/login").getContentAsString()).contains("Ingia kupitia eGA Keycloak");
	}

	@Test
	void theProviderIsAskedWithStateNonceAndPkceAndAnUnknownRegistrationIsNotAServerError() throws Exception {
		HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> toProvider = noRedirects.send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/oauth2/authorization/sso")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(toProvider.statusCode()).isEqualTo(302);
		String location = toProvider.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(PROVIDER.issuerUrl("ega").toString()).contains("state=", "nonce=", "code_challenge=",
				"code_challenge_method=S256", "scope=openid%20profile%20email");
		assertThat(noRedirects.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/other"))
			.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isLessThan(500);
		// a code for a sign-in this browser never started is refused
		HttpResponse<String> forged = new Browser().get("/login/oauth2/code/sso?code=stolen&state=guessed");
		assertThat(forged.uri().getPath()).isEqualTo("/login");
		assertThat(forged.body()).contains("Single sign-on did not succeed");
	}

	@Test
	void aNewOfficerGetsAnAccountWithTheRolesAndInstitutionOfTheClaims() throws Exception {
		String subject = "officer-" + UUID.randomUUID();
		String email = subject + "@mof.go.tz";
		Browser browser = new Browser();
		HttpResponse<String> home = browser.signInThroughProvider(subject,
				claims(email, "Asha Mvua", List.of("ICT_OFFICER", "offline_access"), "MOF"));

		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains("Asha Mvua");
		assertThat(browser.get("/systems/new").statusCode()).isEqualTo(200);
		Map<String, Object> user = jdbc.sql("select u.id, u.roles[1] as role, i.acronym, u.password_hash from app_user u"
				+ " join institution i on i.id = u.institution_id where u.email = :email").param("email", email).query().singleRow();
		assertThat(user.get("role")).isEqualTo("ICT_OFFICER");
		assertThat(user.get("acronym")).isEqualTo("MOF");
		assertThat(user.get("password_hash")).as("no local password").isNull();
		UUID id = (UUID) user.get("id");
		assertThat(auditEntries("user.provisioned", id)).isEqualTo(1);
		assertThat(auditEntries("user.signed-in", id)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from user_sign_in_identity where subject = :s and user_id = :u")
			.param("s", subject).param("u", id).query(Long.class).single()).isEqualTo(1);

		// The provider is where roles are managed: a new role there is the new role here at the next sign-in.
		Browser later = new Browser();
		later.signInThroughProvider(subject, claims(email, "Asha Mvua", List.of("ega-ict-head"), "MOF"));
		assertThat(jdbc.sql("select roles[1] from app_user where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("INSTITUTION_HEAD");
		assertThat(auditEntries("user.updated", id)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from app_user where lower(email) = :e").param("e", email).query(Long.class).single())
			.as("the same account, found by the provider's subject").isEqualTo(1);
	}

	@Test
	void aLocalAccountIsLinkedAndKeepsItsPassword() throws Exception {
		String email = "local-" + UUID.randomUUID().toString().substring(0, 8) + "@dodomacc.go.tz";
		UUID id = createUser(context, email, Role.VIEWER, "DODOMA-CC", "mvua za masika 2026");
		HttpResponse<String> home = new Browser().signInThroughProvider("sub-" + id,
				claims(email, "Daudi Kisanga", List.of("VIEWER"), "DODOMA-CC"));
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(jdbc.sql("select user_id from user_sign_in_identity where subject = :s").param("s", "sub-" + id)
			.query(UUID.class).single()).isEqualTo(id);
		assertThat(new WebSession(mvc).signIn(email, "mvua za masika 2026").getRedirectedUrl())
			.as("local sign-in still works").isEqualTo("/");
	}

	@Test
	void authorityStaffWithoutTheProvidersSecondFactorSetUpMizanis() throws Exception {
		String subject = "analyst-" + UUID.randomUUID();
		Map<String, Object> claims = claims(subject + "@ega.go.tz", "Salma Juma", List.of("SECURITY_ANALYST"), null);
		HttpResponse<String> page = new Browser().signInThroughProvider(subject, claims);
		assertThat(page.uri().getPath()).isEqualTo("/account/mfa/enrol");

		claims.put("amr", List.of("pwd", "otp"));
		Browser withOtp = new Browser();
		HttpResponse<String> home = withOtp.signInThroughProvider(subject, claims);
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(withOtp.get("/incidents").statusCode()).isEqualTo(200);
	}

	@Test
	void whatCannotBeMappedIsRefusedInTheUsersLanguageAndCreatesNothing() throws Exception {
		assertRefused(claims(fresh(), "A", List.of("ICT_OFFICER"), "NO-SUCH-INSTITUTION"), "en",
				"is not an active institution in Mizani");
		assertRefused(claims(fresh(), "A", List.of("ICT_OFFICER"), null), "sw", "si taasisi hai kwenye Mizani");
		assertRefused(claims(fresh(), "A", List.of("offline_access", "uma_authorization"), "MOF"), "en", "holds no Mizani role");
		assertRefused(claims(fresh(), "A", List.of("ICT_OFFICER", "SECURITY_ANALYST"), "MOF"), "en", "cannot go together");
		Map<String, Object> unverified = claims(fresh(), "A", List.of("ICT_OFFICER"), "MOF");
		unverified.put("email_verified", false);
		assertRefused(unverified, "en", "has not verified your e-mail address");
		Map<String, Object> hostile = claims("<script>alert(1)</script>", "A", List.of("ICT_OFFICER"), "MOF");
		assertRefused(hostile, "sw", "barua pepe inayoweza kutumika");
	}

	@Test
	void aDeactivatedAccountCannotComeInThroughTheProvider() throws Exception {
		String email = "gone-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz";
		UUID id = createUser(context, email, Role.ICT_OFFICER, "MOF", "mvua za masika 2026");
		jdbc.sql("update app_user set active = false where id = :id").param("id", id).update();
		HttpResponse<String> page = new Browser().signInThroughProvider("sub-" + id,
				claims(email, "Gone", List.of("ICT_OFFICER"), "MOF"));
		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.body()).contains("Your Mizani account is deactivated");
		assertThat(jdbc.sql("select count(*) from user_sign_in_identity where user_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	private void assertRefused(Map<String, Object> claims, String language, String message) throws Exception {
		long users = jdbc.sql("select count(*) from app_user").query(Long.class).single();
		Browser browser = new Browser();
		browser.language = language;
		HttpResponse<String> page = browser.signInThroughProvider("refused-" + UUID.randomUUID(), claims);
		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.uri().getQuery()).startsWith("sso=");
		assertThat(page.body()).contains(message).doesNotContain("<script>alert");
		assertThat(browser.get("/institutions").uri().getPath()).as("not signed in").isEqualTo("/login");
		assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(users);
	}

	private static String fresh() {
		return "p-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz";
	}

	private static Map<String, Object> claims(String email, String name, List<String> roles, String institution) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("email", email);
		claims.put("email_verified", true);
		claims.put("name", name);
		claims.put("roles", roles);
		if (institution != null) {
			claims.put("institution", institution);
		}
		return claims;
	}

	/** A browser: cookies kept, redirects followed, across Mizani and the provider. */
	private final class Browser {

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL).build();
		private String language = "en";

		HttpResponse<String> signInThroughProvider(String subject, Map<String, Object> claims) throws Exception {
			PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("ega", subject, "JWT", List.of("mizani"), claims, 3600));
			HttpResponse<String> login = get("/login");
			assertThat(login.statusCode()).isEqualTo(200);
			return get("/login/sso");
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
		}
	}
}
