package org.mizani.institution;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mizani.identity.internal.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MizaniIntegrationTest
class InstitutionImportIT extends IntegrationTestSupport {

	static final String HEADER = "acronym,name_en,name_sw,type,sector,region,parent_acronym,email\n";

	private ResultActions upload(String filename, byte[] content, String language) throws Exception {
		return mvc.perform(multipart("/institutions/import").file(new MockMultipartFile("file", filename, "application/octet-stream", content))
			.with(csrf()).with(as(context, "admin@ega.go.tz")).header("Accept-Language", language));
	}

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void importsEveryRowOfAValidFileWithParentsFromTheFileAndTheRegister() throws Exception {
		long before = institutionCount();
		upload("councils.csv", csv(HEADER
				+ "IMP-CHILD,Imported Child Council,Halmashauri Mtoto,LOCAL_GOVERNMENT_AUTHORITY,Local government,Singida,IMP-RS,\n"
				+ "IMP-RS,Imported Regional Secretariat,Sekretarieti Iliyoingizwa,regional secretariat,Local government,Singida,PO-RALG,rs@imp.go.tz\n"), "en")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 institutions were imported.")));
		assertThat(institutionCount()).isEqualTo(before + 2);
		assertThat(jdbc.sql("select p.acronym from institution c join institution p on p.id = c.parent_id where c.acronym = 'IMP-CHILD'")
			.query(String.class).single()).isEqualTo("IMP-RS");
	}

	@Test
	void oneBadRowMeansNothingIsImportedAndEveryProblemIsListedInTheUsersLanguage() throws Exception {
		long before = institutionCount();
		String file = HEADER
				+ "BAD-1,Fine Name,Jina Zuri,MINISTRY,,,,\n"
				+ "BAD-2,,Jina Tu,KINGDOM,,,,not-an-email\n"
				+ "MOF,Copy of Finance,Nakala ya Fedha,MINISTRY,,,,\n"
				+ "BAD-1,Other Name,Jina Jingine,MINISTRY,,,NOPE,\n";
		upload("mixed.csv", csv(file), "en")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was imported")))
			.andExpect(content().string(containsString("The type &quot;KINGDOM&quot; is not known")))
			.andExpect(content().string(containsString("Not a valid e-mail address.")))
			.andExpect(content().string(containsString("Already in the register.")))
			.andExpect(content().string(containsString("Repeats row 2 of this file.")));
		upload("mixed.csv", csv(file), "sw")
			.andExpect(content().string(containsString("Hakuna kilichoingizwa")))
			.andExpect(content().string(containsString("Tayari imo kwenye rejista.")));
		assertThat(institutionCount()).isEqualTo(before);
	}

	@Test
	void importsAWorkbookLikeTheTemplate() throws Exception {
		byte[] template = mvc.perform(get("/institutions/import/template.xlsx").with(as(context, "admin@ega.go.tz")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(template).isNotEmpty();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Institutions");
		String[] header = { "acronym", "name_en", "name_sw", "type", "region" };
		String[] row = { "XLSX-1", "Workbook Agency", "Wakala wa Kitabu", "EXECUTIVE_AGENCY", "Tanga" };
		for (int c = 0; c < header.length; c++) {
			sheet.value(0, c, header[c]);
			sheet.value(1, c, row[c]);
		}
		workbook.finish();
		upload("agencies.xlsx", out.toByteArray(), "en").andExpect(content().string(containsString("1 institutions were imported.")));
		assertThat(jdbc.sql("select region from institution where acronym = 'XLSX-1'").query(String.class).single()).isEqualTo("Tanga");
	}

	@Test
	void malformedOversizedAndDisguisedFilesAreRefusedWithAClearMessage() throws Exception {
		long before = institutionCount();
		upload("broken.xlsx", "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.ISO_8859_1), "en")
			.andExpect(content().string(containsString("The workbook is damaged or not a real Excel file.")));
		upload("report.xlsx", csv(HEADER + "A,B,C,MINISTRY,,,,\n"), "en")
			.andExpect(content().string(containsString("is named .xlsx but is not an Excel workbook")));
		upload("script.exe", csv("MZ"), "en").andExpect(content().string(containsString("Only .csv and .xlsx files")));
		upload("latin1.csv", new byte[] { 'a', ',', (byte) 0xE9, '\n' }, "en").andExpect(content().string(containsString("not UTF-8")));
		upload("quote.csv", csv(HEADER + "\"unclosed,x,y,MINISTRY\n"), "en").andExpect(content().string(containsString("malformed")));
		upload("unknown.csv", csv("acronym,name_en,name_sw,type,shoe_size\nA,B,C,MINISTRY,42\n"), "en")
			.andExpect(content().string(containsString("The column &quot;shoe_size&quot; is not known")));
		upload("missing.csv", csv("acronym,name_en\nA,B\n"), "en")
			.andExpect(content().string(containsString("The column &quot;type&quot; is missing")));
		upload("empty.csv", new byte[0], "en").andExpect(content().string(containsString("The file is empty.")));
		byte[] big = new byte[6 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'a');
		upload("big.csv", big, "en").andExpect(content().string(containsString("larger than 5 MB")));
		assertThat(institutionCount()).isEqualTo(before);
	}

	@Test
	void aZipBombIsRefusedWithoutUnpackingIt() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			zip.setLevel(9);
			zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 150; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		upload("bomb.xlsx", out.toByteArray(), "en")
			.andExpect(content().string(containsString("expands to far more data than any real spreadsheet")));
	}

	@Test
	void hostileCellsAreImportedAsTextAndShownEscaped() throws Exception {
		upload("xss.csv", csv(HEADER + "XSS-1,\"<img src=x onerror=alert(1)>\",Jina,OTHER,,,,\n"), "en")
			.andExpect(content().string(containsString("1 institutions were imported.")));
		String id = jdbc.sql("select id from institution where acronym = 'XSS-1'").query(String.class).single();
		mvc.perform(get("/institutions/" + id).with(as(context, "admin@ega.go.tz")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")));
	}

	@Test
	void theCsvTemplateHasTheImportColumns() throws Exception {
		String template = mvc.perform(get("/institutions/import/template.csv").with(as(context, "admin@ega.go.tz")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(template).contains("acronym,name_en,name_sw,type");
	}

}
