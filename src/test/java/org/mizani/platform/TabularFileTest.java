package org.mizani.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.mizani.platform.TabularFile.UnreadableFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TabularFileTest {

	@Test
	void readsACsvWithHeaderBomAndQuotedCells() {
		byte[] csv = "\uFEFFAcronym,Name_EN\r\nMOF,\"Ministry of Finance, Dodoma\"\r\n\r\nTRA,Revenue\r\n".getBytes(StandardCharsets.UTF_8);
		TabularFile.Table table = TabularFile.read("x.csv", csv, 10);
		assertThat(table.header()).containsExactly("acronym", "name_en");
		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(0).get(1)).isEqualTo("Ministry of Finance, Dodoma");
		assertThat(table.rows().get(0).number()).isEqualTo(2);
		assertThat(table.rows().get(1).number()).isEqualTo(4);
	}

	@Test
	void acceptsSemicolonSeparatedCsvAsSavedByExcelInSomeLocales() {
		TabularFile.Table table = TabularFile.read("x.csv", "acronym;type\nMOF;MINISTRY\n".getBytes(StandardCharsets.UTF_8), 10);
		assertThat(table.rows().get(0).get(1)).isEqualTo("MINISTRY");
	}

	@Test
	void readsTheFirstSheetOfAWorkbook() throws IOException {
		TabularFile.Table table = TabularFile.read("x.xlsx", workbook(), 10);
		assertThat(table.header()).containsExactly("acronym", "type");
		assertThat(table.rows().get(0).cells()).containsExactly("MOF", "MINISTRY");
		assertThat(table.rows().get(0).number()).isEqualTo(2);
	}

	@Test
	void refusesWhatIsNotWhatItsNameSays() throws IOException {
		assertThatThrownBy(() -> TabularFile.read("x.xlsx", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), 10))
			.isInstanceOf(UnreadableFileException.class).hasMessage("import.file.not-xlsx");
		assertThatThrownBy(() -> TabularFile.read("x.csv", workbook(), 10)).hasMessage("import.file.not-csv");
		assertThatThrownBy(() -> TabularFile.read("x.exe", new byte[] { 1 }, 10)).hasMessage("import.file.type");
		assertThatThrownBy(() -> TabularFile.read("x.csv", new byte[] { (byte) 0xC3, (byte) 0x28 }, 10))
			.hasMessage("import.file.not-utf8");
	}

	@Test
	void refusesAnUnclosedQuote() {
		assertThatThrownBy(() -> TabularFile.read("x.csv", "a,b\n\"open,2\n".getBytes(StandardCharsets.UTF_8), 10))
			.hasMessage("import.file.malformed-csv");
	}

	@Test
	void refusesMoreRowsThanAllowed() {
		StringBuilder csv = new StringBuilder("a\n");
		for (int i = 0; i < 20; i++) {
			csv.append(i).append('\n');
		}
		assertThatThrownBy(() -> TabularFile.read("x.csv", csv.toString().getBytes(StandardCharsets.UTF_8), 5))
			.hasMessage("import.file.too-many-rows");
	}

	@Test
	void refusesAZipBombDisguisedAsAWorkbook() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 120; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(out.size()).isLessThan(1024 * 1024);
		assertThatThrownBy(() -> TabularFile.read("bomb.xlsx", out.toByteArray(), 10)).hasMessage("import.file.too-large-unpacked");
	}

	@Test
	void refusesAZipThatIsNotAWorkbook() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("hello.txt"));
			zip.write("hi".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThatThrownBy(() -> TabularFile.read("x.xlsx", out.toByteArray(), 10)).hasMessage("import.file.malformed-xlsx");
	}

	/** Whatever bytes arrive, the reader either returns a table or refuses with a message code. */
	@Property(tries = 300)
	void anyBytesAsCsvGiveATableOrAReadableRefusal(@ForAll @Size(max = 2000) byte[] content) {
		try {
			TabularFile.read("x.csv", content, 100);
		}
		catch (UnreadableFileException e) {
			assertThat(e.code()).startsWith("import.file.");
		}
	}

	@Property(tries = 200)
	void anyBytesAfterAZipSignatureGiveATableOrAReadableRefusal(@ForAll @Size(max = 2000) byte[] content) {
		byte[] withSignature = new byte[content.length + 4];
		withSignature[0] = 'P';
		withSignature[1] = 'K';
		withSignature[2] = 3;
		withSignature[3] = 4;
		System.arraycopy(content, 0, withSignature, 4, content.length);
		try {
			TabularFile.read("x.xlsx", withSignature, 100);
		}
		catch (UnreadableFileException e) {
			assertThat(e.code()).startsWith("import.file.");
		}
	}

	private static byte[] workbook() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook wb = new Workbook(out, "test", "1.0");
		Worksheet ws = wb.newWorksheet("a");
		ws.value(0, 0, "acronym");
		ws.value(0, 1, "type");
		ws.value(1, 0, "MOF");
		ws.value(1, 1, "MINISTRY");
		wb.finish();
		return out.toByteArray();
	}
}
