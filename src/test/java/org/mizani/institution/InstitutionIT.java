package org.mizani.institution;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mizani.identity.internal.TestLogins.as;
import static org.mizani.identity.internal.TestLogins.tokenFor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MizaniIntegrationTest
class InstitutionIT extends IntegrationTestSupport {

	static final String ADMIN = "admin@ega.go.tz";

	@Test
	void theListShowsDemoInstitutionsInTheUsersLanguageAndFilters() throws Exception {
		mvc.perform(get("/institutions").param("type", "LOCAL_GOVERNMENT_AUTHORITY").param("lang", "en").with(as(context, ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dodoma City Council")))
			.andExpect(content().string(not(containsString("Ministry of Finance"))));
		mvc.perform(get("/institutions").param("q", "jiji la dodoma").header("Accept-Language", "sw").with(as(context, ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Halmashauri ya Jiji la Dodoma")));
	}

	@Test
	void htmxRequestsGetOnlyTheResults() throws Exception {
		mvc.perform(get("/institutions").header("HX-Request", "true").with(as(context, ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void registersAnInstitutionAndAuditsIt() throws Exception {
		mvc.perform(post("/institutions").with(csrf()).with(as(context, ADMIN))
				.param("nameSw", "Wakala wa Majaribio").param("nameEn", "Test Agency").param("acronym", "TA-1")
				.param("type", "EXECUTIVE_AGENCY").param("region", "Dodoma").param("email", "Info@TA.go.tz"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/institutions/*"));
		UUID id = institutionId("TA-1");
		assertThat(jdbc.sql("select email from institution where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("info@ta.go.tz");
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("institution.registered", id) == 1);
	}

	@Test
	void anInvalidFormIsShownAgainWithMessagesAndNothingIsSaved() throws Exception {
		long before = institutionCount();
		mvc.perform(post("/institutions").with(csrf()).with(as(context, ADMIN)).header("Accept-Language", "en")
				.param("nameSw", "").param("nameEn", "Kept Name").param("acronym", "%%%").param("type", "NOT_A_TYPE")
				.param("email", "not-an-email").param("website", "javascript:alert(1)").param("parentId", "nope"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following")))
			.andExpect(content().string(containsString("Required.")))
			.andExpect(content().string(containsString("Not a valid e-mail address.")))
			.andExpect(content().string(containsString("Must be a web address starting with http:// or https://.")))
			.andExpect(content().string(containsString("value=\"Kept Name\"")));
		assertThat(institutionCount()).isEqualTo(before);
	}

	@Test
	void hostileTextIsStoredAsTypedAndShownEscaped() throws Exception {
		String script = "<script>alert('x')</script>";
		mvc.perform(post("/institutions").with(csrf()).with(as(context, ADMIN))
				.param("nameSw", "Taasisi " + script).param("nameEn", "Robert'); DROP TABLE institution;--")
				.param("acronym", "HOSTILE").param("type", "OTHER"))
			.andExpect(status().is3xxRedirection());
		UUID id = institutionId("HOSTILE");
		mvc.perform(get("/institutions/" + id).with(as(context, ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(script))))
			.andExpect(content().string(containsString("&lt;script&gt;")));
		assertThat(institutionCount()).isGreaterThan(30);
	}

	@Test
	void controlCharactersAreRefused() throws Exception {
		long before = institutionCount();
		mvc.perform(post("/institutions").with(csrf()).with(as(context, ADMIN)).header("Accept-Language", "en")
				.param("nameSw", "Jina\u0000baya").param("nameEn", "Bad\u0007Name").param("acronym", "CTRL").param("type", "OTHER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("control characters")));
		assertThat(institutionCount()).isEqualTo(before);
	}

	@Test
	void duplicatesAreReportedOnTheField() throws Exception {
		mvc.perform(post("/institutions").with(csrf()).with(as(context, ADMIN)).header("Accept-Language", "en")
				.param("nameSw", "Wizara Nyingine").param("nameEn", "Another Ministry").param("acronym", "mof").param("type", "MINISTRY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another institution already uses this acronym.")));
	}

	@Test
	void aStaleEditIsAConflictNotASilentOverwrite() throws Exception {
		UUID id = institutionId("BAHI-DC");
		long version = jdbc.sql("select version from institution where id = :id").param("id", id).query(Long.class).single();
		mvc.perform(post("/institutions/" + id).with(csrf()).with(as(context, ADMIN)).param("version", String.valueOf(version))
				.param("nameSw", "Halmashauri ya Wilaya ya Bahi").param("nameEn", "Bahi District Council").param("acronym", "BAHI-DC")
				.param("type", "LOCAL_GOVERNMENT_AUTHORITY").param("region", "Dodoma").param("sector", "Local government"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/institutions/" + id).with(csrf()).with(as(context, ADMIN)).param("version", String.valueOf(version))
				.param("nameSw", "Jina Jipya").param("nameEn", "New Name").param("acronym", "BAHI-DC")
				.param("type", "LOCAL_GOVERNMENT_AUTHORITY"))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("select name_en from institution where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("Bahi District Council");
	}

	@Test
	void aParentCannotMakeALoop() throws Exception {
		UUID region = institutionId("ARUSHA-RS");
		UUID city = institutionId("ARUSHA-CC");
		long version = jdbc.sql("select version from institution where id = :id").param("id", region).query(Long.class).single();
		mvc.perform(post("/institutions/" + region).with(csrf()).with(as(context, ADMIN)).header("Accept-Language", "en")
				.param("version", String.valueOf(version)).param("nameSw", "Sekretarieti ya Mkoa wa Arusha")
				.param("nameEn", "Arusha Regional Secretariat").param("acronym", "ARUSHA-RS").param("type", "REGIONAL_SECRETARIAT")
				.param("parentId", city.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("its own ancestor")));
	}

	@Test
	void deactivationKeepsTheRecordAndIsAudited() throws Exception {
		UUID id = institutionId("KONGWA-DC");
		mvc.perform(post("/institutions/" + id + "/deactivate").with(csrf()).with(as(context, ADMIN)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select active from institution where id = :id").param("id", id).query(Boolean.class).single()).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("institution.deactivated", id) == 1);
		mvc.perform(post("/institutions/" + id + "/reactivate").with(csrf()).with(as(context, ADMIN)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select active from institution where id = :id").param("id", id).query(Boolean.class).single()).isTrue();
	}

	@Test
	void theApiCreatesReadsAndUpdatesWithOptimisticLocking() throws Exception {
		String token = tokenFor(context, ADMIN);
		String body = """
				{"nameSw":"Wakala wa API","nameEn":"API Agency","acronym":"API-1","type":"EXECUTIVE_AGENCY","region":"Mwanza"}
				""";
		mvc.perform(post("/api/v1/institutions").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.acronym").value("API-1"));
		UUID id = institutionId("API-1");
		mvc.perform(get("/api/v1/institutions/" + id).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id.toString()))
			.andExpect(jsonPath("$.nameEn").value("API Agency"));
		String update = body.replace("API Agency", "API Agency Renamed");
		mvc.perform(put("/api/v1/institutions/" + id).header("Authorization", "Bearer " + token).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(update))
			.andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
		mvc.perform(put("/api/v1/institutions/" + id).header("Authorization", "Bearer " + token).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theApiAnswersBadInputWithProblemDetailsAndSavesNothing() throws Exception {
		String token = tokenFor(context, ADMIN);
		long before = institutionCount();
		mvc.perform(post("/api/v1/institutions").header("Authorization", "Bearer " + token).header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON).content("{\"nameSw\":\"\",\"nameEn\":\"" + "x".repeat(400) + "\",\"acronym\":\"OK\",\"type\":\"MINISTRY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'nameSw')].code").value("validation.required"))
			.andExpect(jsonPath("$.errors[?(@.field == 'nameEn')].message").value("At most 300 characters."));
		mvc.perform(post("/api/v1/institutions").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content("{\"nameSw\":\"a\",\"nameEn\":\"b\",\"acronym\":\"C\",\"type\":\"KINGDOM\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
		mvc.perform(post("/api/v1/institutions").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/institutions/not-a-uuid").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/institutions/" + UUID.randomUUID()).header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").exists());
		assertThat(institutionCount()).isEqualTo(before);
	}
}
