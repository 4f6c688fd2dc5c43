package org.mizani;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.mizani.identity.internal.TestLogins;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The API's upload endpoints on the demo data (assessment evidence, incident and project files, the
 * register and catalogue imports), how to send them a file, and the check that a refusal is a problem
 * in the language asked that leaves no row and no file behind.
 */
final class UploadTargets {

	static final String ICT = "ict.officer@dodomacc.go.tz";
	static final String COMPLIANCE = "compliance@ega.go.tz";

	/** One upload endpoint: where it is, who may use it, the table its files go to. */
	record Target(String name, String url, String user, String table, String extension) {
	}

	private final MockMvc mvc;
	private final JdbcClient jdbc;
	private final ApplicationContext context;

	UploadTargets(MockMvc mvc, JdbcClient jdbc, ApplicationContext context) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.context = context;
	}

	/** The three endpoints that keep files, then the two imports. */
	List<Target> all() {
		UUID dodoma = jdbc.sql("select id from institution where acronym = 'DODOMA-CC'").query(UUID.class).single();
		return List.of(
				accepting("evidence", jdbc.sql("""
						select r.id from assessment_response r join assessment a on a.id = r.assessment_id
						join assessment_campaign c on c.id = a.campaign_id
						where a.institution_id = :i and c.status = 'OPEN' order by r.id limit 20""").param("i", dodoma)
					.query(UUID.class).list(), id -> "/api/v1/assessments/responses/" + id + "/evidence", ICT, "evidence_file"),
				accepting("incident", jdbc.sql("select id from incident where institution_id = :i order by created_at desc limit 20")
					.param("i", dodoma).query(UUID.class).list(), id -> "/api/v1/incidents/" + id + "/files", ICT, "incident_file"),
				accepting("project", jdbc.sql("select id from project where institution_id = :i order by id limit 20")
					.param("i", dodoma).query(UUID.class).list(), id -> "/api/v1/projects/" + id + "/files?kind=OTHER", ICT, "project_file"),
				new Target("register import", "/api/v1/systems/import", ICT, "ict_system", "xlsx"),
				new Target("catalogue import", "/api/v1/catalogs/import", COMPLIANCE, "catalog_document", "json"));
	}

	/** Sends the file and checks the refusal: a 4xx problem with a reason, in the language asked, and nothing stored. */
	MockHttpServletResponse refused(Target target, String filename, byte[] content, String language) throws Exception {
		long rows = rows(target.table());
		long files = storedFiles();
		MockHttpServletResponse answer = send(target, filename, content, language);
		String what = target.name() + " ← " + filename + " (" + content.length + " bytes)";
		assertThat(answer.getStatus()).as(what).isBetween(400, 499);
		assertThat(answer.getContentType()).as(what).startsWith("application/problem+json");
		assertThat(json(answer).get("detail").asString()).as(what).isNotBlank();
		String said = answer.getContentAsString(StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
		assertThat(said).as(what + ": in the language asked").contains("sw".equals(language) ? "faili" : "file");
		if ("en".equals(language)) {
			assertThat(said).as(what).doesNotContain("faili");
		}
		assertThat(rows(target.table())).as(what + ": no row").isEqualTo(rows);
		assertThat(storedFiles()).as(what + ": no file").isEqualTo(files);
		return answer;
	}

	MockHttpServletResponse send(Target target, String filename, byte[] content, String language) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(target.url());
		request.file(new MockMultipartFile("file", filename, "application/octet-stream", content));
		return mvc.perform(request.header("Authorization", "Bearer " + TestLogins.sharedToken(context, target.user()))
			.header("Accept-Language", language)).andReturn().getResponse();
	}

	/** The first of the candidates that takes a plain PDF: the endpoint works, so a refusal is about the file. */
	private Target accepting(String name, List<UUID> candidates, java.util.function.Function<UUID, String> url, String user,
			String table) {
		for (UUID candidate : candidates) {
			Target target = new Target(name, url.apply(candidate), user, table, "pdf");
			try {
				if (send(target, "control.pdf", pdf(), "en").getStatus() / 100 == 2) {
					return target;
				}
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
		throw new IllegalStateException("no " + name + " of the demo data takes a file from " + user);
	}

	/** A PDF of its own (the same content twice would be the same stored file). */
	static byte[] pdf() {
		return ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	long rows(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	long storedFiles() {
		String root = context.getEnvironment().getProperty("mizani.files.dir",
				context.getEnvironment().getProperty("mizani.data-dir", "./data") + "/files");
		Path folder = Paths.get(root);
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).count();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static tools.jackson.databind.JsonNode json(MockHttpServletResponse response) throws Exception {
		return tools.jackson.databind.json.JsonMapper.shared().readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}
}
