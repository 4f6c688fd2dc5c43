package org.mizani.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mizani.identity.internal.TestLogins.as;
import static org.mizani.identity.internal.TestLogins.tokenFor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Errors speak the user's language, never show internals, and the API always answers with a problem. */
@MizaniIntegrationTest
class ErrorHandlingIT extends IntegrationTestSupport {

	@LocalServerPort
	int port;

	@Test
	void whenEveryDatabaseConnectionIsBusyTheAnswerIsAServiceUnavailableToTryAgainNotAServerError() throws Exception {
		String token = org.mizani.identity.internal.TestLogins.sharedToken(context, "executive@ega.go.tz");
		mvc.perform(get("/api/v1/institutions").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		javax.sql.DataSource pool = context.getBean(javax.sql.DataSource.class);
		java.util.List<java.sql.Connection> held = new java.util.ArrayList<>();
		try {
			int size = Integer.parseInt(context.getEnvironment().getProperty("mizani.db.pool-size", "5"));
			for (int i = 0; i < size; i++) {
				held.add(pool.getConnection());
			}
			mvc.perform(get("/api/v1/institutions").header("Authorization", "Bearer " + token).header("Accept-Language", "en"))
				.andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("try again")));
			// a page, even one whose session must first be read from the database, says the same in the user's language
			mvc.perform(get("/login").header("Accept-Language", "sw"))
				.andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(containsString("jaribu tena")));
		}
		finally {
			for (java.sql.Connection connection : held) {
				connection.close();
			}
		}
	}

	@Test
	void pagesAreInKiswahiliByDefaultAndFollowTheBrowserOrTheSwitcher() throws Exception {
		mvc.perform(get("/login")).andExpect(content().string(containsString("Ingia kwenye Mizani")))
			.andExpect(header().string("Content-Language", "sw"));
		mvc.perform(get("/login").header("Accept-Language", "en-GB,en;q=0.8"))
			.andExpect(content().string(containsString("Sign in to Mizani")));
		mvc.perform(get("/login").header("Accept-Language", "fr-FR")).andExpect(content().string(containsString("Ingia kwenye Mizani")));
		var switched = mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse();
		org.assertj.core.api.Assertions.assertThat(switched.getContentAsString()).contains("Sign in to Mizani");
		mvc.perform(get("/login").cookie(switched.getCookie("mizani-lang")).header("Accept-Language", "sw"))
			.andExpect(content().string(containsString("Sign in to Mizani")));
		mvc.perform(get("/login").param("lang", "xx")).andExpect(status().isOk());
	}

	/** Through the real server, since the container's error dispatch is what renders these. */
	@Test
	void anUnknownPageIsA404PageInTheUsersLanguage() throws Exception {
		HttpResponse<String> sw = http("/css/no-such-file.css", "text/html", "sw", null);
		assertThat(sw.statusCode()).isEqualTo(404);
		assertThat(sw.body()).contains("Haikupatikana").doesNotContain("Exception").doesNotContain("at org.");
		assertThat(http("/css/no-such-file.css", "text/html", "en", null).body()).contains("There is no such page or record");
		mvc.perform(get("/institutions/00000000-0000-0000-0000-000000000000").with(as(context, "admin@ega.go.tz"))
				.header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no such page or record")));
	}

	@Test
	void anUnknownApiPathIsAProblem() throws Exception {
		HttpResponse<String> response = http("/api/v1/nothing-here", "application/json", "en", tokenFor(context, "viewer@dodomacc.go.tz"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":404").contains("\"title\":\"Not found\"");
	}

	private HttpResponse<String> http(String path, String accept, String language, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept).header("Accept-Language", language);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void malformedIdsAndFiltersAreClientErrorsNotCrashes() throws Exception {
		mvc.perform(get("/institutions/not-a-uuid").with(as(context, "admin@ega.go.tz"))).andExpect(status().isNotFound());
		mvc.perform(get("/institutions").param("type", "NOT_A_TYPE").with(as(context, "admin@ega.go.tz")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/institutions").param("page", "-5").param("size", "100000").with(as(context, "admin@ega.go.tz")))
			.andExpect(status().isOk());
		mvc.perform(delete("/institutions").with(as(context, "admin@ega.go.tz")).header("Accept-Language", "en"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiAnswersEveryErrorAsAProblem() throws Exception {
		String token = tokenFor(context, "viewer@dodomacc.go.tz");
		HttpResponse<String> wrongMethod = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
			.header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		mvc.perform(post("/api/v1/institutions").header("Authorization", "Bearer " + token).contentType(MediaType.TEXT_PLAIN).content("x"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer mzn_" + "A".repeat(43)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer <script>"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void theServerRefusesWhatItDoesNotOfferAndLogsRefusals(org.springframework.boot.test.system.CapturedOutput output)
			throws Exception {
		// no TRACE, no folder listings, no CORS: another origin's script cannot read an answer
		org.assertj.core.api.Assertions.assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/login")).method("TRACE", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
		mvc.perform(get("/css/")).andExpect(status().isNotFound());
		mvc.perform(get("/webjars/")).andExpect(status().isNotFound());
		String token = org.mizani.identity.internal.TestLogins.sharedToken(context, "executive@ega.go.tz");
		mvc.perform(get("/api/v1/institutions").header("Authorization", "Bearer " + token).header("Origin", "https://evil.example"))
			.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/api/v1/institutions")
			.header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET"))
			.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
		// pages are not kept in caches; signing out tells the browser to forget what it cached and stored
		mvc.perform(get("/institutions").with(org.mizani.identity.internal.TestLogins.as(context, "executive@ega.go.tz")))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/logout").secure(true)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(org.mizani.identity.internal.TestLogins.as(context, "executive@ega.go.tz")))
			.andExpect(header().string("Clear-Site-Data", containsString("\"cache\"")))
			.andExpect(header().string("Clear-Site-Data", containsString("\"storage\"")));
		// a refused request is logged with who asked what
		mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(org.mizani.identity.internal.TestLogins.as(context, "viewer@dodomacc.go.tz")))
			.andExpect(status().isForbidden());
		org.assertj.core.api.Assertions.assertThat(output.getOut())
			.contains("Access denied: GET /api/v1/users for executive@ega.go.tz")
			.contains("Access denied: GET /admin/users for viewer@dodomacc.go.tz");
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().exists("X-Request-Id"));
		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")))
			.andExpect(header().string("Strict-Transport-Security", containsString("includeSubDomains")))
			.andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("base-uri 'none'")));
	}

	@Test
	void cookiesAreHttpOnlyAndSameSite() throws Exception {
		// through the real server: the Set-Cookie lines as a browser gets them
		java.util.List<String> cookies = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/login?lang=en")).build(), HttpResponse.BodyHandlers.discarding())
			.headers().allValues("Set-Cookie");
		org.assertj.core.api.Assertions.assertThat(cookies).anySatisfy(c -> org.assertj.core.api.Assertions.assertThat(c)
			.startsWith("MIZANI_SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
		org.assertj.core.api.Assertions.assertThat(cookies).anySatisfy(c -> org.assertj.core.api.Assertions.assertThat(c)
			.startsWith("mizani-lang=en").contains("HttpOnly").contains("SameSite=Lax"));
		// over HTTPS the language cookie is Secure and kept to this host by the __Host- prefix (the session cookie in prod too)
		var secure = mvc.perform(get("/login").param("lang", "sw").secure(true)).andReturn().getResponse();
		org.assertj.core.api.Assertions.assertThat(secure.getCookie("__Host-mizani-lang")).isNotNull()
			.satisfies(c -> org.assertj.core.api.Assertions.assertThat(c.getSecure()).isTrue())
			.satisfies(c -> org.assertj.core.api.Assertions.assertThat(c.getPath()).isEqualTo("/"));
		mvc.perform(get("/login").cookie(secure.getCookie("__Host-mizani-lang")).secure(true))
			.andExpect(content().string(containsString("Ingia kwenye Mizani")));
		String prod = new String(getClass().getResourceAsStream("/application-prod.yml").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(prod).contains("secure: true").contains("name: __Host-mizani-session");
	}

	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void theLogCannotBeForgedAndHoldsNoSecrets(org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		org.slf4j.LoggerFactory.getLogger("org.mizani.test").warn("Value given: {}", "harmless\r\n2026-01-01T00:00:00Z  INFO [] forged : all is well");
		org.assertj.core.api.Assertions.assertThat(output.getOut().lines())
			.noneMatch(line -> line.startsWith("2026-01-01T00:00:00Z"))
			.anyMatch(line -> line.contains("harmless\\n2026-01-01T00:00:00Z"));
		// a sign-in, a wrong one and a token in use leave neither the password nor the token in the log
		String password = "Kilimanjaro-" + java.util.UUID.randomUUID();
		org.mizani.identity.internal.TestLogins.createUser(context, "log-" + java.util.UUID.randomUUID().toString().substring(0, 8)
				+ "@mof.go.tz", org.mizani.identity.Role.VIEWER, "MOF", password);
		new org.mizani.WebSession(mvc).signIn("nobody@mof.go.tz", password);
		String token = org.mizani.identity.internal.TestLogins.sharedToken(context, "executive@ega.go.tz");
		mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
		org.assertj.core.api.Assertions.assertThat(output.getOut()).doesNotContain(password).doesNotContain(token);
		// refused input is logged by its reasons, not its values
		String admin = org.mizani.identity.internal.TestLogins.sharedToken(context, "admin@ega.go.tz");
		mvc.perform(post("/api/v1/institutions").header("Authorization", "Bearer " + admin)
			.contentType(MediaType.APPLICATION_JSON).content("{\"nameEn\": \"<script>zz-hostile</script>\"}"))
			.andExpect(status().isBadRequest());
		org.assertj.core.api.Assertions.assertThat(output.getOut()).contains("Refused: POST /api/v1/institutions for admin@ega.go.tz")
			.doesNotContain("zz-hostile");
	}

	@Test
	void healthIsPublicButItsDetailsAreForAdministrators() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health").header("Authorization", "Bearer " + tokenFor(context, "admin@ega.go.tz")))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + tokenFor(context, "admin@ega.go.tz")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("http_server_requests")));
		// the software bill of materials of the running build, for administrators
		mvc.perform(get("/actuator/sbom/application").header("Authorization", "Bearer " + tokenFor(context, "admin@ega.go.tz")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("CycloneDX")))
			.andExpect(content().string(containsString("pkg:maven/org.springframework.boot/spring-boot")));
		mvc.perform(get("/actuator/sbom/application").header("Authorization", "Bearer " + tokenFor(context, "executive@ega.go.tz")))
			.andExpect(status().isForbidden());
	}
}
