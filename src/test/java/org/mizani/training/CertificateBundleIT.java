package org.mizani.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mizani.MizaniIntegrationTest;
import tools.jackson.databind.JsonNode;

@MizaniIntegrationTest
class CertificateBundleIT extends TrainingTestSupport {

	/** The demo's phase 2 session (Dodoma), whose participants hold certificates. */
	private UUID demoSession() {
		return jdbc.sql("""
				select s.id from training_session s where exists (select 1 from training_participant p
				  join training_certificate c on c.participant_id = p.id where p.session_id = s.id and c.revoked_at is null)
				order by s.starts_on desc limit 1""").query(UUID.class).single();
	}

	private JsonNode finished(UUID bundle) {
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
				() -> json(mvc.perform(api(get("/api/v1/training/certificate-bundles/" + bundle), COORDINATOR))
					.andExpect(status().isOk())),
				b -> !b.get("status").asString().equals("RUNNING"));
	}

	@Test
	void allValidCertificatesOfASessionComeAsOneZipRenderedInTheBackground() throws Exception {
		UUID session = demoSession();
		List<String> holders = jdbc.sql("""
				select p.full_name from training_participant p join training_certificate c on c.participant_id = p.id
				where p.session_id = :s and c.revoked_at is null""").param("s", session).query(String.class).list();

		JsonNode started = json(mvc.perform(api(post("/api/v1/training/sessions/" + session + "/certificates/bundle"), COORDINATOR)
			.content("{\"language\": \"en\"}")).andExpect(status().isAccepted())
			.andExpect(header().string("Location", containsString("/api/v1/training/certificate-bundles/"))));
		UUID bundle = UUID.fromString(started.get("id").asString());
		assertThat(started.get("total").asInt()).isEqualTo(holders.size());
		JsonNode done = finished(bundle);
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("done").asInt()).isEqualTo(holders.size());

		byte[] zip = mvc.perform(api(get("/api/v1/training/certificate-bundles/" + bundle + "/download"), COORDINATOR))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/zip"))
			.andReturn().getResponse().getContentAsByteArray();
		List<String> names = new ArrayList<>();
		String firstText = null;
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				names.add(entry.getName());
				byte[] pdf = entries.readAllBytes();
				if (firstText == null) {
					try (PDDocument document = Loader.loadPDF(pdf)) {
						firstText = new PDFTextStripper().getText(document);
					}
				}
			}
		}
		assertThat(names).hasSize(holders.size()).doesNotHaveDuplicates().allMatch(n -> n.matches("[\\p{L}\\p{N}-]+\\.pdf"));
		assertThat(firstText).contains("Certificate of Training");
		assertThat(holders).anyMatch(firstText::contains);

		// the session page offers the download once it is ready; the bundle's progress fragment says so
		mvc.perform(get("/training/sessions/" + session).with(as(context, COORDINATOR)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Download the ZIP (" + holders.size() + " certificates)")));
		mvc.perform(get("/training/bundles/" + bundle).with(as(context, COORDINATOR)).header("Accept-Language", "sw"))
			.andExpect(content().string(containsString("Pakua ZIP")));
		mvc.perform(get("/training/bundles/" + bundle + "/certificates.zip").with(as(context, COORDINATOR)))
			.andExpect(status().isOk());
	}

	@Test
	void onlyTheCoordinatorBundlesAndASessionWithoutCertificatesIsRefused() throws Exception {
		UUID session = demoSession();
		mvc.perform(api(post("/api/v1/training/sessions/" + session + "/certificates/bundle"), ICT).content("{\"language\": \"en\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/training/sessions/" + session + "/certificates/bundle").with(as(context, ICT)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(api(post("/api/v1/training/sessions/" + session + "/certificates/bundle"), COORDINATOR)
			.content("{\"language\": \"fr\"}")).andExpect(status().isBadRequest());
		mvc.perform(api(get("/api/v1/training/certificate-bundles/" + UUID.randomUUID()), COORDINATOR))
			.andExpect(status().isNotFound());

		UUID empty = recentlyCompletedSession();
		long before = jdbc.sql("select count(*) from training_certificate_bundle").query(Long.class).single();
		mvc.perform(api(post("/api/v1/training/sessions/" + empty + "/certificates/bundle"), COORDINATOR)
			.content("{\"language\": \"sw\"}")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("training.bundle.none"))
			.andExpect(jsonPath("$.errors[0].message").value("The session has no valid certificates to download."));
		mvc.perform(post("/training/sessions/" + empty + "/certificates/bundle").with(as(context, COORDINATOR)).with(csrf())
			.param("lang", "sw")).andExpect(flash().attributeExists("problems"));
		assertThat(jdbc.sql("select count(*) from training_certificate_bundle").query(Long.class).single()).isEqualTo(before);
	}
}
