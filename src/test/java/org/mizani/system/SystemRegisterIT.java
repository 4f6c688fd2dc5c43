package org.mizani.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

@MizaniIntegrationTest
class SystemRegisterIT extends IntegrationTestSupport {

	static final String ICT = "ict.officer@dodomacc.go.tz";
	static final String MOF = "ict.officer@mof.go.tz";
	static final String VIEWER = "viewer@dodomacc.go.tz";
	static final String ANALYST = "security@ega.go.tz";

	static String body(String name, String criticality, String status, String goLive) {
		return """
				{"name": "%s", "purpose": "Issues trading licences", "owningUnit": "Trade", "businessOwner": "Head of Trade",
				 "criticality": "%s", "hosting": "GOVERNMENT_DATA_CENTRE", "dataClassification": "RESTRICTED", "personalData": true,
				 "integrations": "Government Service Bus", "publicUrl": "https://leseni.dodomacc.go.tz", "technologyStack": "Java",
				 "vendor": "In house", "goLiveDate": %s, "status": "%s", "rtoMinutes": 240, "rpoMinutes": 30}
				""".formatted(name, criticality, goLive == null ? "null" : "\"" + goLive + "\"", status);
	}

	private long systemsNamed(String name) {
		return jdbc.sql("select count(*) from ict_system where name = :n").param("n", name).query(Long.class).single();
	}

	@Test
	void anInstitutionRegistersItsSystemsAndOnlyItCanChangeThem() throws Exception {
		String name = "Trading licences " + UUID.randomUUID().toString().substring(0, 6);
		JsonNode created = json(mvc.perform(api(post("/api/v1/systems"), ICT).content(body(name, "HIGH", "LIVE", "2024-07-01")))
			.andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\"")));
		UUID id = UUID.fromString(created.get("id").asString());
		assertThat(created.get("institutionAcronym").asString()).isEqualTo("DODOMA-CC");
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("system.registered", id) == 1);

		// the same name again is refused, whatever its case
		mvc.perform(api(post("/api/v1/systems"), ICT).content(body(name.toUpperCase(), "LOW", "LIVE", "2024-07-01")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("system.name.taken"));
		// a live system needs its go-live date; a bad web address and an unknown criticality are named
		mvc.perform(api(post("/api/v1/systems"), ICT).content(body(name + " 2", "HIGH", "LIVE", null)))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("goLiveDate"));
		mvc.perform(api(post("/api/v1/systems"), ICT).content(body(name + " 3", "VITAL", "LIVE", "2024-07-01")))
			.andExpect(status().isBadRequest());
		mvc.perform(api(post("/api/v1/systems"), ICT).content(body(name + " 4", "HIGH", "LIVE", "2024-07-01")
			.replace("https://leseni.dodomacc.go.tz", "javascript:alert(1)")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].code").value("system.url.invalid"));

		// another institution and the authority do not change it; another institution does not even see it
		mvc.perform(api(get("/api/v1/systems/" + id), MOF)).andExpect(status().isNotFound());
		mvc.perform(api(put("/api/v1/systems/" + id), MOF).content(body(name, "LOW", "LIVE", "2024-07-01")))
			.andExpect(status().isNotFound());
		mvc.perform(api(get("/api/v1/systems/" + id), ANALYST)).andExpect(status().isOk());
		mvc.perform(api(post("/api/v1/systems"), ANALYST).content(body("Authority-made", "LOW", "LIVE", "2024-07-01")))
			.andExpect(status().isForbidden());
		mvc.perform(api(post("/api/v1/systems"), VIEWER).content(body("Viewer-made", "LOW", "LIVE", "2024-07-01")))
			.andExpect(status().isForbidden());

		// an update with a stale version is a conflict and changes nothing
		mvc.perform(api(put("/api/v1/systems/" + id), ICT).header("If-Match", "\"0\"")
			.content(body(name, "CRITICAL", "LIVE", "2024-07-01"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.criticality").value("CRITICAL"));
		mvc.perform(api(put("/api/v1/systems/" + id), ICT).header("If-Match", "\"0\"")
			.content(body(name, "LOW", "RETIRED", "2024-07-01"))).andExpect(status().isConflict());
		assertThat(jdbc.sql("select criticality from ict_system where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("CRITICAL");
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("system.updated", id) == 1);
	}

	@Test
	void theRegisterIsSearchedAcrossInstitutionsByTheAuthorityAndOnlyOwnByAnInstitution() throws Exception {
		JsonNode all = json(mvc.perform(api(get("/api/v1/systems?criticality=CRITICAL&size=200"), ANALYST)).andExpect(status().isOk()));
		assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(10);
		JsonNode own = json(mvc.perform(api(get("/api/v1/systems?size=200&institution=" + institutionId("MOF")), ICT)));
		own.get("items").forEach(s -> assertThat(s.get("institutionAcronym").asString()).isEqualTo("DODOMA-CC"));
		JsonNode found = json(mvc.perform(api(get("/api/v1/systems?q=payment gateway"), ANALYST)));
		assertThat(found.get("items").get(0).get("institutionAcronym").asString()).isEqualTo("MOF");
		mvc.perform(api(get("/api/v1/systems?q=" + "x".repeat(201)), ANALYST)).andExpect(status().isUnprocessableContent());

		byte[] xlsx = mvc.perform(get("/systems/export.xlsx?criticality=CRITICAL").with(as(context, ANALYST)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			long rows = workbook.getFirstSheet().openStream().count();
			assertThat(rows - 1).isEqualTo(all.get("total").asLong());
		}
	}

	@Test
	void completenessCountsCriticalSystemsWithoutPlanAndSystemsWithoutOwner() throws Exception {
		JsonNode rows = json(mvc.perform(api(get("/api/v1/systems/completeness?institution=" + institutionId("NIDA")), ANALYST))
			.andExpect(status().isOk()));
		assertThat(rows).hasSize(1);
		long critical = rows.get(0).get("critical").asLong();
		long unplanned = rows.get(0).get("criticalWithoutPlan").asLong();
		long plannedCritical = jdbc.sql("""
				select count(*) from ict_system s join dr_plan p on p.system_id = s.id
				where s.institution_id = :i and s.criticality = 'CRITICAL' and s.status <> 'RETIRED'
				""").param("i", institutionId("NIDA")).query(Long.class).single();
		long ownerless = jdbc.sql("""
				select count(*) from ict_system where institution_id = :i and status <> 'RETIRED' and coalesce(trim(business_owner), '') = ''
				""").param("i", institutionId("NIDA")).query(Long.class).single();
		assertThat(critical).isGreaterThan(0);
		assertThat(unplanned).isEqualTo(critical - plannedCritical);
		assertThat(rows.get(0).get("withoutOwner").asLong()).isEqualTo(ownerless).isPositive();

		// an institution sees only its own line; institutions with no system at all are listed too
		JsonNode own = json(mvc.perform(api(get("/api/v1/systems/completeness"), MOF)));
		assertThat(own).hasSize(1);
		assertThat(own.get(0).get("acronym").asString()).isEqualTo("MOF");
		JsonNode national = json(mvc.perform(api(get("/api/v1/systems/completeness"), ANALYST)));
		assertThat(national.get(0).get("systems").asLong()).as("empty registers come first").isZero();
	}

	@Test
	void aBulkImportRegistersEveryRowOrNoneAndListsEachProblem() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String bad = "name,purpose,criticality,hosting,data_classification,status,go_live_date,personal_data,rto_minutes\n"
				+ "Payroll " + suffix + ",Pays staff,HIGH,CLOUD,INTERNAL,LIVE,2023-01-01,yes,120\n"
				+ "Payroll " + suffix + ",Duplicate,LOW,CLOUD,INTERNAL,LIVE,2023-01-01,no,\n"
				+ "Archive " + suffix + ",Keeps files,SEVERE,CLOUD,INTERNAL,LIVE,2023-13-01,maybe,ten\n";
		mvc.perform(multipart("/systems/import").file(new MockMultipartFile("file", "systems.csv", "text/csv",
				bad.getBytes(StandardCharsets.UTF_8))).with(as(context, ICT)).with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Nothing was imported")))
			.andExpect(content().string(containsString("Repeats row 2 of this file.")))
			.andExpect(content().string(containsString("Unknown value &quot;SEVERE&quot;")))
			.andExpect(content().string(containsString("is not in the form YYYY-MM-DD")));
		assertThat(systemsNamed("Payroll " + suffix)).isZero();

		String good = "name,purpose,criticality,hosting,data_classification,status,go_live_date,personal_data\n"
				+ "Payroll " + suffix + ",Pays staff,High,cloud,internal,live,2023-01-01,ndiyo\n"
				+ "Archive " + suffix + ",Keeps files,LOW,VENDOR-HOSTED,PUBLIC,PLANNED,,hapana\n";
		mvc.perform(multipart("/api/v1/systems/import").file(new MockMultipartFile("file", "systems.csv", "text/csv",
				good.getBytes(StandardCharsets.UTF_8))).header("Authorization", "Bearer "
						+ org.mizani.identity.internal.TestLogins.sharedToken(context, ICT)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		assertThat(systemsNamed("Payroll " + suffix)).isEqualTo(1);
		assertThat(jdbc.sql("select personal_data from ict_system where name = :n").param("n", "Payroll " + suffix)
			.query(Boolean.class).single()).isTrue();

		// the same file again: every row is now a name already registered
		mvc.perform(multipart("/api/v1/systems/import").file(new MockMultipartFile("file", "systems.csv", "text/csv",
				good.getBytes(StandardCharsets.UTF_8))).header("Authorization", "Bearer "
						+ org.mizani.identity.internal.TestLogins.sharedToken(context, ICT)).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("rows[2].name"))
			.andExpect(jsonPath("$.errors[0].code").value("system.name.taken"));
	}

	@Test
	void theRegisterFormKeepsWhatWasTypedAndExplainsTheProblem() throws Exception {
		mvc.perform(post("/systems/new").with(as(context, ICT)).with(csrf()).header("Accept-Language", "sw")
			.param("name", "Mfumo wa <b>ada</b>").param("purpose", "").param("criticality", "HIGH").param("hosting", "CLOUD")
			.param("dataClassification", "PUBLIC").param("status", "LIVE").param("rtoMinutes", "saa mbili"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Mfumo wa &lt;b&gt;ada&lt;/b&gt;")))
			.andExpect(content().string(containsString("Inahitajika.")))
			.andExpect(content().string(containsString("Si thamani sahihi.")));
		// once the fields are well formed, the register's own rule speaks
		mvc.perform(post("/systems/new").with(as(context, ICT)).with(csrf()).header("Accept-Language", "sw")
			.param("name", "Mfumo wa ada").param("purpose", "Kukusanya ada").param("criticality", "HIGH").param("hosting", "CLOUD")
			.param("dataClassification", "PUBLIC").param("status", "LIVE"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Weka tarehe ambayo mfumo ulianza kutumika")));
		String name = "Market fees " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/systems/new").with(as(context, ICT)).with(csrf()).param("name", name).param("purpose", "Collects fees")
			.param("criticality", "MEDIUM").param("hosting", "CLOUD").param("dataClassification", "PUBLIC").param("status", "PLANNED"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/systems/*"));
		assertThat(systemsNamed(name)).isEqualTo(1);
		mvc.perform(get("/systems/new").with(as(context, ANALYST))).andExpect(status().isForbidden());
	}
}
