package org.mizani.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mizani.identity.internal.TestLogins.as;
import static org.mizani.identity.internal.TestLogins.tokenFor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MizaniIntegrationTest
class CatalogIT extends IntegrationTestSupport {

	static final String OFFICER = "compliance@ega.go.tz";
	static final Path NIST_LOW = Path.of("../shared/data/oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json");

	private static String catalog(String title, String version, String uuid, String extraControl) {
		return """
				{"catalog": {"uuid": "%s", "metadata": {"title": "%s", "version": "%s", "oscal-version": "1.1.2"},
				 "groups": [{"id": "ict-gov", "title": "ICT governance", "controls": [
				   {"id": "gov-1", "title": "ICT steering committee", "parts": [
				     {"name": "statement", "prose": "Establish an ICT steering committee chaired by the accounting officer."},
				     {"name": "guidance", "prose": "Minutes of quarterly meetings show it works."}]},
				   {"id": "gov-2", "title": "ICT strategy", "parts": [{"name": "statement", "prose": "Adopt a five-year ICT strategy aligned to e-Government standards."}],
				    "controls": [{"id": "gov-2.1", "title": "Annual review", "parts": [{"name": "statement", "prose": "Review the strategy every year."}]}]}%s]}]}}
				""".formatted(uuid, title, version, extraControl);
	}

	private ResultActions apiImport(String token, String filename, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/catalogs/import").file(new MockMultipartFile("file", filename, "application/json", content))
			.header("Authorization", "Bearer " + token).header("Accept-Language", "en"));
	}

	private long versions() {
		return jdbc.sql("select count(*) from catalog_version").query(Long.class).single();
	}

	@Test
	void theBuiltInModelBaselineIsLoadedOnceAndBrowsableInKiswahili() throws Exception {
		UUID version = baselineVersion();
		assertThat(jdbc.sql("select count(*) from catalog_item where version_id = :v and kind = 'REQUIREMENT'").param("v", version)
			.query(Long.class).single()).isGreaterThanOrEqualTo(80);
		long before = versions();
		context.getBean("builtInBaseline",
				org.springframework.boot.ApplicationRunner.class).run(null);
		assertThat(versions()).as("loading again changes nothing").isEqualTo(before);
		mvc.perform(get("/catalogs/versions/" + version).with(as(context, "viewer@dodomacc.go.tz")).header("Accept-Language", "sw"))
			.andExpect(content().string(containsString("Usalama")))
			.andExpect(content().string(containsString("Kamati ya uendeshaji ya TEHAMA")));
		mvc.perform(get("/catalogs/versions/" + version).param("q", "nywila").with(as(context, "viewer@dodomacc.go.tz")))
			.andExpect(content().string(containsString("SE-03")));
		mvc.perform(get("/catalogs/versions/" + version).param("applicability", "MINISTRY").param("level", "RECOMMENDED")
				.with(as(context, "viewer@dodomacc.go.tz")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("BU-07"))))
			.andExpect(content().string(containsString("BU-06")));
		mvc.perform(get("/catalogs/versions/" + version + "/requirements/SE-02").with(as(context, "viewer@dodomacc.go.tz"))
				.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Typical evidence")))
			.andExpect(content().string(containsString("Access procedure; review records.")));
	}

	@Test
	void aComplianceOfficerImportsThroughThePageAndEveryoneCanBrowseAndSearch() throws Exception {
		String title = "Governance Standard " + UUID.randomUUID().toString().substring(0, 6);
		byte[] file = catalog(title, "1.0", UUID.randomUUID().toString(), "").getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/catalogs/import").file(new MockMultipartFile("file", "gov.json", "application/json", file))
				.with(csrf()).with(as(context, OFFICER)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Imported &quot;" + title + "&quot;, version 1.0.")))
			.andExpect(content().string(containsString("1 groups, 3 requirements (0 withdrawn).")));
		UUID version = jdbc.sql("select v.id from catalog_version v join catalog_document d on d.id = v.document_id where d.title_en = :t")
			.param("t", title).query(UUID.class).single();
		await().atMost(Duration.ofSeconds(10)).until(() -> auditEntries("catalog.imported", version) == 1);

		String viewer = "viewer@dodomacc.go.tz";
		mvc.perform(get("/catalogs").with(as(context, viewer)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/catalogs/versions/" + version).with(as(context, viewer)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ICT steering committee")))
			.andExpect(content().string(containsString("depth-2 requirement")))
			.andExpect(content().string(containsString("href=\"/catalogs/versions/" + version + "/requirements/gov-2.1\"")));
		mvc.perform(get("/catalogs/versions/" + version).param("q", "accounting officer").with(as(context, viewer)))
			.andExpect(content().string(containsString("gov-1")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Annual review"))));
		mvc.perform(get("/catalogs/versions/" + version + "/requirements/gov-2.1").with(as(context, viewer)).header("Accept-Language", "sw"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Review the strategy every year.")))
			.andExpect(content().string(containsString("Takwa hili bado halina maandishi ya Kiswahili")));
		mvc.perform(get("/catalogs/versions/" + version + "/requirements/nope").with(as(context, viewer))).andExpect(status().isNotFound());
		mvc.perform(get("/catalogs/import").with(as(context, viewer))).andExpect(status().isForbidden());
	}

	@Test
	void theApiImportIsIdempotentAndANewerVersionSupersedesTheOldOne() throws Exception {
		String token = tokenFor(context, OFFICER);
		String title = "Interoperability Standard " + UUID.randomUUID().toString().substring(0, 6);
		byte[] first = catalog(title, "2025-07", UUID.randomUUID().toString(), "").getBytes(StandardCharsets.UTF_8);
		apiImport(token, "a.json", first).andExpect(status().isCreated())
			.andExpect(jsonPath("$.requirementCount").value(3)).andExpect(jsonPath("$.created").value(true));
		long after = versions();
		String reformatted = new String(first, StandardCharsets.UTF_8).replace("\n", "\n    ");
		apiImport(token, "a-again.json", reformatted.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(false));
		assertThat(versions()).isEqualTo(after);

		String changed = catalog(title, "2025-07", UUID.randomUUID().toString(),
				", {\"id\": \"gov-3\", \"title\": \"Records\", \"props\": [{\"name\": \"status\", \"value\": \"withdrawn\"}]}");
		apiImport(token, "conflict.json", changed.getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("catalog.import.version-conflict"));

		apiImport(token, "b.json", changed.replace("2025-07", "2026-01").getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.requirementCount").value(4))
			.andExpect(jsonPath("$.withdrawnCount").value(1));
		assertThat(jdbc.sql("select v.status from catalog_version v join catalog_document d on d.id = v.document_id"
				+ " where d.title_en = :t order by v.created_at").param("t", title).query(String.class).list())
			.containsExactly("SUPERSEDED", "PUBLISHED");
	}

	@Test
	void theDiffOfTwoVersionsShowsAddedRemovedAndChangedRequirementsFieldByField() throws Exception {
		String token = tokenFor(context, OFFICER);
		String title = "Diff Standard " + UUID.randomUUID().toString().substring(0, 6);
		String v1 = catalog(title, "1", UUID.randomUUID().toString(), "");
		String v2 = catalog(title, "2", UUID.randomUUID().toString(), ", {\"id\": \"gov-3\", \"title\": \"ICT policy\"}")
			.replace("chaired by the accounting officer", "chaired by the head of institution")
			.replaceAll("(?s),\\s*\"controls\": \\[\\{\"id\": \"gov-2\\.1\".*?\\}\\]\\}\\]", "");
		String from = JsonMapper.shared().readTree(apiImport(token, "v1.json", v1.getBytes(StandardCharsets.UTF_8))
			.andReturn().getResponse().getContentAsString()).get("versionId").asString();
		String to = JsonMapper.shared().readTree(apiImport(token, "v2.json", v2.getBytes(StandardCharsets.UTF_8))
			.andReturn().getResponse().getContentAsString()).get("versionId").asString();
		mvc.perform(get("/api/v1/catalogs/diff").param("from", from).param("to", to).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added[*].code").value(org.hamcrest.Matchers.contains("gov-3")))
			.andExpect(jsonPath("$.removed[*].code").value(org.hamcrest.Matchers.contains("gov-2.1")))
			.andExpect(jsonPath("$.changed[0].code").value("gov-1"))
			.andExpect(jsonPath("$.changed[0].fields[0].field").value("statementEn"))
			.andExpect(jsonPath("$.changed[0].fields[0].after").value(containsString("head of institution")))
			.andExpect(jsonPath("$.unchanged").value(1));
		mvc.perform(get("/catalogs/diff").param("from", from).param("to", to).with(as(context, "head@dodomacc.go.tz"))
				.header("Accept-Language", "sw"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yameongezwa 1, yameondolewa 1, yamebadilika 1, hayajabadilika 1.")))
			.andExpect(content().string(containsString("Takwa (Kiingereza)")));
		String other = JsonMapper.shared().readTree(apiImport(token, "other.json",
				catalog("Other " + UUID.randomUUID(), "1", UUID.randomUUID().toString(), "").getBytes(StandardCharsets.UTF_8))
			.andReturn().getResponse().getContentAsString()).get("versionId").asString();
		mvc.perform(get("/api/v1/catalogs/diff").param("from", from).param("to", other).header("Authorization", "Bearer " + token))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("catalog.diff.other-document"));
	}

	@Test
	void badFilesAreRefusedWithTheirLocationAndNothingIsStored() throws Exception {
		String token = tokenFor(context, OFFICER);
		long before = versions();
		apiImport(token, "bad.json", "{\"catalog\": [".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("catalog.import.json"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("not valid JSON")));
		apiImport(token, "profile.json", "{\"profile\": {\"uuid\": \"x\"}}".getBytes(StandardCharsets.UTF_8))
			.andExpect(jsonPath("$.errors[0].field").value("$.catalog"));
		String duplicate = catalog("Dup " + UUID.randomUUID(), "1", UUID.randomUUID().toString(),
				", {\"id\": \"gov-1\", \"title\": \"Again\"}");
		apiImport(token, "dup.json", duplicate.getBytes(StandardCharsets.UTF_8))
			.andExpect(jsonPath("$.errors[0].field").value("$.catalog.groups[0].controls[2].id"))
			.andExpect(jsonPath("$.errors[0].message").value("The id \"gov-1\" is used twice; the second time at $.catalog.groups[0].controls[2].id."));
		apiImport(token, "empty.json", new byte[0]).andExpect(status().isUnprocessableContent());
		mvc.perform(multipart("/api/v1/catalogs/import").header("Authorization", "Bearer " + tokenFor(context, "ict.officer@dodomacc.go.tz"))
				.file(new MockMultipartFile("file", "x.json", "application/json", duplicate.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isForbidden());
		assertThat(versions()).isEqualTo(before);
	}

	@Test
	void aProfileSelectsControlsOfAnImportedVersionIntoABaseline() throws Exception {
		String token = tokenFor(context, OFFICER);
		String source = JsonMapper.shared().readTree(apiImport(token, "src.json",
				catalog("Profiled " + UUID.randomUUID(), "1", UUID.randomUUID().toString(), "").getBytes(StandardCharsets.UTF_8))
			.andReturn().getResponse().getContentAsString()).get("versionId").asString();
		String title = "Small institutions baseline " + UUID.randomUUID().toString().substring(0, 6);
		String profile = """
				{"profile": {"uuid": "%s", "metadata": {"title": "%s", "version": "1.0"},
				 "imports": [{"href": "#x", "include-controls": [{"with-ids": ["gov-1", "gov-2.1"]}]}]}}
				""".formatted(UUID.randomUUID(), title);
		mvc.perform(multipart("/api/v1/catalogs/versions/" + source + "/profiles")
				.file(new MockMultipartFile("file", "p.json", "application/json", profile.getBytes(StandardCharsets.UTF_8)))
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.requirementCount").value(2))
			.andExpect(jsonPath("$.groupCount").value(1));
		UUID baseline = jdbc.sql("select v.id from catalog_version v join catalog_document d on d.id = v.document_id where d.title_en = :t")
			.param("t", title).query(UUID.class).single();
		assertThat(jdbc.sql("select code || ':' || depth from catalog_item where version_id = :v order by position").param("v", baseline)
			.query(String.class).list()).as("gov-2.1 hangs under the group because gov-2 is not selected")
			.containsExactly("ict-gov:0", "gov-1:1", "gov-2.1:1");
		String baselineVersion = baselineVersion().toString();
		String securityProfile = profile.replace(title, "Security subset " + UUID.randomUUID()).replace("\"gov-1\", \"gov-2.1\"", "\"SE-01\", \"SE-02\"");
		String subset = JsonMapper.shared().readTree(mvc.perform(multipart("/api/v1/catalogs/versions/" + baselineVersion + "/profiles")
				.file(new MockMultipartFile("file", "s.json", "application/json", securityProfile.getBytes(StandardCharsets.UTF_8)))
				.header("Authorization", "Bearer " + token)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).get("versionId").asString();
		mvc.perform(get("/api/v1/catalogs/versions/" + subset + "/requirements/SE-02").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.statementSw").value(containsString("Ufikiaji wa mifumo hutolewa")))
			.andExpect(jsonPath("$.evidenceEn").exists());
		mvc.perform(multipart("/api/v1/catalogs/versions/" + source + "/profiles")
				.file(new MockMultipartFile("file", "p.json", "application/json", profile.replace("gov-2.1", "ac-99").getBytes(StandardCharsets.UTF_8)))
				.header("Authorization", "Bearer " + token).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("$.profile.imports[0].include-controls[0].with-ids[1]"))
			.andExpect(jsonPath("$.errors[0].code").value("catalog.profile.unknown-control"));
	}

	/** The real NIST SP 800-53 rev5 LOW baseline (public domain), from ../shared/data when it is there. */
	@Test
	void importsTheNistLowBaselineExportsItAndReadsItBackUnchanged() throws Exception {
		assumeTrue(Files.exists(NIST_LOW), "NIST LOW catalog not found at " + NIST_LOW.toAbsolutePath() + " (shared data)");
		String token = tokenFor(context, OFFICER);
		JsonNode summary = JsonMapper.shared().readTree(apiImport(token, "nist-low.json", Files.readAllBytes(NIST_LOW))
			.andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString());
		assertThat(summary.get("requirementCount").asInt()).isEqualTo(149);
		assertThat(summary.get("groupCount").asInt()).isEqualTo(18);
		String version = summary.get("versionId").asString();

		mvc.perform(get("/api/v1/catalogs/versions/" + version + "/requirements/ac-2").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.label").value("AC-2"))
			.andExpect(jsonPath("$.statementEn").value(containsString("c. Require [Assignment: prerequisites and criteria")));
		mvc.perform(get("/api/v1/catalogs/versions/" + version + "/search").param("q", "account management")
				.header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.items[0].code").value("ac-2"));

		byte[] exported = mvc.perform(get("/api/v1/catalogs/versions/" + version + "/oscal").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		apiImport(token, "exported.json", exported).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(false))
			.andExpect(jsonPath("$.versionId").value(version));

		Path profile = NIST_LOW.resolveSibling("NIST_SP-800-53_rev5_LOW-baseline_profile.json");
		assumeTrue(Files.exists(profile), "NIST LOW profile not found at " + profile.toAbsolutePath());
		mvc.perform(multipart("/api/v1/catalogs/versions/" + version + "/profiles")
				.file(new MockMultipartFile("file", "low-profile.json", "application/json", Files.readAllBytes(profile)))
				.header("Authorization", "Bearer " + token))
			.andExpect(status().is2xxSuccessful())
			.andExpect(jsonPath("$.requirementCount").value(149));
	}
}
