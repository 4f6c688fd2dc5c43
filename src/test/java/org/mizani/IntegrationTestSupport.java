package org.mizani;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What every integration test uses: the web layer, the application and the database, and lookups in the demo data. */
public abstract class IntegrationTestSupport {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected ApplicationContext context;

	@Autowired
	protected JdbcClient jdbc;

	protected UUID institutionId(String acronym) {
		return jdbc.sql("select id from institution where acronym = :a").param("a", acronym).query(UUID.class).single();
	}

	protected long institutionCount() {
		return jdbc.sql("select count(*) from institution").query(Long.class).single();
	}

	/** The published version of the built-in model baseline. */
	protected UUID baselineVersion() {
		return jdbc.sql("select v.id from catalog_version v join catalog_document d on d.id = v.document_id"
				+ " where d.code = 'MIZANI-EGOV-BASELINE' and v.status = 'PUBLISHED'").query(UUID.class).single();
	}

	/** An API request as the user (bearer token), in English, with a JSON body. */
	protected org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder api(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String email) {
		return request.header("Authorization", "Bearer " + org.mizani.identity.internal.TestLogins.sharedToken(context, email))
			.header("Accept-Language", "en").contentType(org.springframework.http.MediaType.APPLICATION_JSON);
	}

	protected static tools.jackson.databind.JsonNode json(org.springframework.test.web.servlet.ResultActions result)
			throws Exception {
		return tools.jackson.databind.json.JsonMapper.shared().readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** Audit entries of one action about one record. */
	protected long auditEntries(String action, UUID entity) {
		return jdbc.sql("select count(*) from audit_entry where action = :a and entity_id = :id").param("a", action)
			.param("id", entity.toString()).query(Long.class).single();
	}
}
