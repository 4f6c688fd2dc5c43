package org.mizani;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizani.UploadTargets.Target;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Uploads scanned by a real ClamAV daemon (see {@link Clamd}) before they are kept: the EICAR test
 * file is refused from every endpoint that keeps files, bare or inside a document, in the user's
 * language and naming what was found, leaving no row and no file; a clean file is kept; and while
 * the scanner is down nothing is kept unscanned.
 */
@MizaniIntegrationTest
class AntivirusIT extends IntegrationTestSupport {

	private static Clamd clamd;

	private UploadTargets uploads;
	private List<Target> keeping;

	@DynamicPropertySource
	static void scanner(DynamicPropertyRegistry registry) throws IOException {
		assumeTrue(Clamd.executable().isPresent(), "ClamAV's daemon is not installed (apt-get install clamav-daemon): "
				+ "the malware scanning tests are skipped");
		clamd = Clamd.start();
		registry.add("mizani.antivirus.clamd-host", () -> "127.0.0.1");
		registry.add("mizani.antivirus.clamd-port", clamd::port);
		registry.add("mizani.antivirus.timeout", () -> "PT5S");
	}

	@AfterAll
	static void stopScanner() throws IOException {
		if (clamd != null) {
			clamd.close();
		}
	}

	@BeforeEach
	void targets() {
		uploads = new UploadTargets(mvc, jdbc, context);
		keeping = uploads.all().subList(0, 3);
	}

	@Test
	void theTestVirusIsRefusedFromEveryUploadBareOrInsideADocumentAndNothingIsKept() throws Exception {
		double infected = scanned("infected");
		for (Target target : keeping) {
			MockHttpServletResponse en = uploads.refused(target, "minutes.txt", Clamd.EICAR, "en");
			assertThat(UploadTargets.json(en).get("errors").get(0).get("code").asString()).isEqualTo("file.infected");
			assertThat(en.getContentAsString(StandardCharsets.UTF_8)).contains("the virus scanner found " + Clamd.SIGNATURE);
			MockHttpServletResponse sw = uploads.refused(target, "ripoti.docx", document(Clamd.EICAR), "sw");
			assertThat(sw.getContentAsString(StandardCharsets.UTF_8)).contains("kichunguzi cha virusi kimegundua " + Clamd.SIGNATURE);
		}
		assertThat(scanned("infected") - infected).isEqualTo(6);

		for (Target target : keeping) {
			assertThat(uploads.send(target, "clean.pdf", UploadTargets.pdf(), "en").getStatus()).as(target.name()).isIn(200, 201);
			assertThat(uploads.send(target, "clean.docx", document("Mpango wa mafunzo".getBytes(StandardCharsets.UTF_8)), "en")
				.getStatus()).as(target.name()).isIn(200, 201);
		}
		assertThat(antivirusHealth()).isEqualTo("UP");
	}

	@Test
	void whileTheScannerIsDownNoUploadIsKeptUnscanned() throws Exception {
		clamd.stop();
		try {
			for (Target target : keeping) {
				MockHttpServletResponse answer = uploads.refused(target, "clean.pdf", UploadTargets.pdf(), "sw");
				assertThat(UploadTargets.json(answer).get("errors").get(0).get("code").asString()).isEqualTo("file.scan-unavailable");
				assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains("halikuweza kuchunguzwa virusi");
			}
			assertThat(antivirusHealth()).isEqualTo("DOWN");
		}
		finally {
			clamd.run();
		}
		assertThat(uploads.send(keeping.get(0), "clean.pdf", UploadTargets.pdf(), "en").getStatus()).as("back").isIn(200, 201);
	}

	private String antivirusHealth() throws Exception {
		return json(mvc.perform(api(get("/actuator/health"), "admin@ega.go.tz"))).get("components").get("antivirus").get("status")
			.asString();
	}

	private double scanned(String result) {
		var counter = context.getBean(MeterRegistry.class).find("mizani.uploads.scanned").tag("result", result).counter();
		return counter == null ? 0 : counter.count();
	}

	/** A word-processing document (as its parts declare it) carrying the given content as one of its parts. */
	private static byte[] document(byte[] part) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
					+ ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/media/note.txt"));
			zip.write(part);
			zip.closeEntry();
		}
		return out.toByteArray();
	}
}
