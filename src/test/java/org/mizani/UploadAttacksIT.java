package org.mizani;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizani.UploadTargets.Target;
import org.mizani.identity.internal.TestLogins;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Every kind of upload (assessment evidence, incident attachments, project files, the register and
 * catalogue imports) meets the same attacks: a zip bomb dressed as an Office document, polyglots,
 * an executable or a web page behind an allowed extension, a name that climbs out of the folder,
 * a file over the limit. Each is refused with a problem naming the reason in the user's language,
 * and leaves no row and no file behind; what is accepted is stored under a safe name and served
 * as a download of its detected type, never rendered.
 */
@MizaniIntegrationTest
class UploadAttacksIT extends IntegrationTestSupport {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private UploadTargets uploads;
	private List<Target> targets;

	@BeforeEach
	void targets() {
		uploads = new UploadTargets(mvc, jdbc, context);
		targets = uploads.all();
	}

	@Test
	void aZipBombDressedAsADocumentIsRefusedWithoutBeingUnpacked() throws Exception {
		for (Target target : targets) {
			byte[] bomb = bomb(target.extension().equals("xlsx") ? "xl/worksheets/sheet1.xml" : "word/document.xml", 300);
			assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
			MockHttpServletResponse answer = uploads.refused(target, "report." + (target.extension().equals("xlsx") ? "xlsx" : "docx"), bomb, "en");
			if (!target.extension().equals("json")) {
				// a catalogue is JSON or XML: an archive is refused for what it is, before anything would unpack it
				assertThat(UploadTargets.json(answer).get("errors").get(0).get("code").asString()).as(target.name())
					.isIn("file.unpacks-too-large", "import.file.too-large-unpacked");
			}
		}
	}

	@Test
	void contentThatIsNotWhatItsNameSaysIsRefused() throws Exception {
		byte[] executable = "MZ\u0090\u0000\u0003\u0000 This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
		byte[] page = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
		byte[] polyglot = "<html><body><script>alert(1)</script>%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		byte[] gifScript = "GIF89a/*\u0000\u0000*/=alert(1)//<script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1);
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
		for (Target target : targets) {
			uploads.refused(target, "minutes.pdf", executable, "en");
			uploads.refused(target, "plan.docx", page, "sw");
			uploads.refused(target, "scan.pdf", polyglot, "en");
			uploads.refused(target, "photo.png", gifScript, "en");
			uploads.refused(target, "diagram.png", svg, "sw");
		}
	}

	@Test
	void emptyAndOverLimitFilesAreRefused() throws Exception {
		for (Target target : targets) {
			uploads.refused(target, "empty.pdf", new byte[0], "en");
			long limit = target.url().contains("import") ? 5L * 1024 * 1024 : 20L * 1024 * 1024;
			byte[] big = new byte[(int) limit + 1];
			System.arraycopy(PDF, 0, big, 0, PDF.length);
			MockHttpServletResponse answer = uploads.refused(target, "big.pdf", big, "sw");
			assertThat(answer.getStatus()).isIn(400, 413, 422);
		}
	}

	@Test
	void aNameThatClimbsOutOfTheFolderIsStoredUnderItsLastPartOnlyAndServedAsADownload() throws Exception {
		for (Target target : targets.subList(0, 3)) {
			Path outside = Paths.get(System.getProperty("java.io.tmpdir"), "mizani-escaped-" + UUID.randomUUID() + ".pdf");
			String climbing = "../../../../../../.." + outside.toString().replace('\\', '/');
			MockHttpServletResponse answer = uploads.send(target, climbing, UploadTargets.pdf(), "en");
			assertThat(answer.getStatus()).as(target.name()).isIn(200, 201);
			assertThat(UploadTargets.json(answer).get("filename").asString()).isEqualTo(outside.getFileName().toString());
			assertThat(outside).doesNotExist();
			for (String windows : List.of("..\\..\\..\\Windows\\win.ini.pdf", "C:\\evil\\x.pdf", "\u202Efdp.exe.pdf", "a\u0000b.pdf")) {
				String stored = UploadTargets.json(uploads.send(target, windows, UploadTargets.pdf(), "en")).get("filename").asString();
				assertThat(stored).as(windows).doesNotContain("/", "\\", "..", "\u0000", "\u202E").endsWith(".pdf");
			}
		}
		String evidence = jdbc.sql("select id::text from evidence_file order by uploaded_at desc limit 1").query(String.class).single();
		MockHttpServletResponse download = mvc.perform(get("/evidence/" + evidence).with(TestLogins.as(context, UploadTargets.ICT)))
			.andReturn().getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getContentType()).isEqualTo("application/pdf");
	}

	@Test
	void aWorkbookWithAnExternalEntityIsReadWithoutIt() throws Exception {
		Path secret = Files.createTempFile("mizani-secret-", ".txt");
		String marker = "SECRET-" + UUID.randomUUID();
		Files.writeString(secret, marker);
		try {
			ByteArrayOutputStream plain = new ByteArrayOutputStream();
			try (org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(plain, "Mizani", "1.0")) {
				org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Systems");
				sheet.value(0, 0, "name");
				sheet.value(1, 0, "placeholder");
			}
			// the same workbook, its sheet now declaring an external entity that names a file on the server
			ByteArrayOutputStream hostile = new ByteArrayOutputStream();
			Path original = Files.createTempFile("mizani-plain-", ".xlsx");
			Files.write(original, plain.toByteArray());
			try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(original.toFile()); ZipOutputStream out = new ZipOutputStream(hostile)) {
				for (ZipEntry entry : java.util.Collections.list(in.entries())) {
					byte[] content = in.getInputStream(entry).readAllBytes();
					if (entry.getName().startsWith("xl/worksheets/")) {
						String xml = new String(content, StandardCharsets.UTF_8);
						xml = xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
							.replace("placeholder", "&xxe;");
						content = xml.getBytes(StandardCharsets.UTF_8);
					}
					out.putNextEntry(new ZipEntry(entry.getName()));
					out.write(content);
					out.closeEntry();
				}
			}
			finally {
				Files.deleteIfExists(original);
			}
			MockHttpServletResponse answer = uploads.send(targets.get(3), "register.xlsx", hostile.toByteArray(), "en");
			assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(marker);
			assertThat(jdbc.sql("select count(*) from ict_system where name like :m or purpose like :m").param("m", "%" + marker + "%")
				.query(Long.class).single()).isZero();
			assertThat(answer.getStatus()).as("refused, or read without the entity").isBetween(200, 499);
		}
		finally {
			Files.deleteIfExists(secret);
		}
	}

	/** An Office-looking archive whose one part inflates to {@code megabytes} of zeros. */
	private static byte[] bomb(String part, int megabytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(part));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}
}
