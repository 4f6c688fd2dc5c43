package org.mizani.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentsTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	static byte[] zip(String... names) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	@Test
	void judgesFilesByTheirContent() throws IOException {
		assertThat(Attachments.detect(PDF)).isEqualTo("application/pdf");
		assertThat(Attachments.detect(PNG)).isEqualTo("image/png");
		assertThat(Attachments.detect("Minutes of the ICT steering committee\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("text/plain");
		assertThat(Attachments.detect(zip("[Content_Types].xml", "word/document.xml")))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(Attachments.detect(zip("[Content_Types].xml", "xl/workbook.xml")))
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void refusesMarkupBehindAnAllowedExtensionAndPlainArchives() throws IOException {
		assertThatThrownBy(() -> Attachments.check("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), 1000))
			.isInstanceOf(BusinessRuleException.class).hasMessage("file.type-not-allowed");
		assertThatThrownBy(() -> Attachments.check("<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8), 1000))
			.isInstanceOf(BusinessRuleException.class).hasMessage("file.type-not-allowed");
		assertThatThrownBy(() -> Attachments.check(zip("payload.exe"), 100_000))
			.isInstanceOf(BusinessRuleException.class).hasMessage("file.type-not-allowed");
		assertThatThrownBy(() -> Attachments.check(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 }, 1000))
			.isInstanceOf(BusinessRuleException.class).hasMessage("file.type-not-allowed");
	}

	@Test
	void looksIntoAZipBombWithoutInflatingItAndRefusesIt() throws IOException {
		// given: a "document" whose one part inflates to 200 MB of zeros (about 200 KB compressed)
		byte[] bomb = document(200);
		// when / then: judged by its central directory, which declares what it would unpack to
		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertThatThrownBy(() -> Attachments.check(bomb, 25L * 1024 * 1024)).isInstanceOf(BusinessRuleException.class)
			.extracting(e -> ((BusinessRuleException) e).problems().get(0).code()).isEqualTo("file.unpacks-too-large");
		assertThat(Attachments.check(document(2), 25L * 1024 * 1024))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	private static byte[] document(int megabytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	@Test
	void refusesAPolyglotThatStartsAsMarkup() {
		byte[] polyglot = ("<html><body><script>alert(1)</script>%PDF-1.4\n").getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> Attachments.check(polyglot, 1000)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void refusesEmptyAndOverLimitFiles() {
		assertThatThrownBy(() -> Attachments.check(new byte[0], 10)).hasMessage("file.empty");
		assertThatThrownBy(() -> Attachments.check(PDF, 10)).hasMessage("file.too-large");
	}

	@Test
	void namesFilesWithoutFoldersOrControlCharactersAndWithTheExtensionOfTheirContent() {
		assertThat(Attachments.safeName("../../etc/passwd.pdf", "application/pdf")).isEqualTo("passwd.pdf");
		assertThat(Attachments.safeName("C:\\Users\\x\\evil\u0000name.exe", "application/pdf")).isEqualTo("evilname.pdf");
		assertThat(Attachments.safeName("...", "text/plain")).isEqualTo("file.txt");
		assertThat(Attachments.safeName("invoice\u202Efdp.exe", "application/pdf")).as("no right-to-left override").isEqualTo("invoicefdp.pdf");
		assertThat(Attachments.safeName("a\u200Bb.pdf", "application/pdf")).as("no zero-width space").isEqualTo("ab.pdf");
		assertThat(Attachments.safeName("a".repeat(500) + ".png", "image/png")).hasSize(154);
	}
}
