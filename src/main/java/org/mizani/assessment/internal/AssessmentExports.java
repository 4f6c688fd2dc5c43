package org.mizani.assessment.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.mizani.assessment.ActionView;
import org.mizani.assessment.AreaProgress;
import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.CampaignView;
import org.mizani.assessment.ResponseView;
import org.mizani.assessment.Result;
import org.mizani.assessment.Score;
import org.mizani.platform.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assessment reports and exports: the PDF report in the reader's language, XLSX of one assessment or
 * of a whole campaign (written row by row from a database cursor, so memory stays flat however many
 * responses there are), and OSCAL assessment results and POA&M.
 */
@Component
class AssessmentExports {

	/** OSCAL version the exports follow (and the tests validate against). */
	static final String OSCAL_VERSION = "1.1.3";
	/** Namespace of Mizani's own OSCAL properties. */
	static final String NS = "urn:mizani:oscal";

	private final JdbcTemplate cursor;
	private final ITemplateEngine templates;

	AssessmentExports(DataSource dataSource, ITemplateEngine templates) {
		this.cursor = new JdbcTemplate(dataSource);
		this.cursor.setFetchSize(2_000);
		this.templates = templates;
	}

	void campaignXlsx(CampaignView campaign, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Mizani", "1.0");
		Worksheet sheet = workbook.newWorksheet("Responses");
		String[] headers = { "institution", "institution_name", "assessment_status", "late", "score", "area",
				"requirement", "title", "mandatory", "weight", "result", "maturity", "review", "override_result",
				"override_reason", "notes", "justification", "evidence_count" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(0, c, headers[c]);
		}
		int[] row = { 1 };
		cursor.query("""
				select i.acronym, i.name_en, a.status, a.late, a.score, r.area_code, q.display_code, q.title_en, q.mandatory,
				  q.weight, r.result, r.maturity, r.review_state, r.override_result, r.override_reason, r.notes,
				  r.justification, (select count(*) from response_evidence e where e.response_id = r.id) as evidence
				from assessment a join institution i on i.id = a.institution_id
				join assessment_response r on r.assessment_id = a.id
				join campaign_requirement q on q.campaign_id = a.campaign_id and q.requirement_id = r.requirement_id
				where a.campaign_id = ?
				order by lower(i.acronym), r.position
				""", rs -> {
			int r = row[0]++;
			sheet.value(r, 0, rs.getString(1));
			sheet.value(r, 1, rs.getString(2));
			sheet.value(r, 2, rs.getString(3));
			sheet.value(r, 3, rs.getBoolean(4));
			sheet.value(r, 4, rs.getBigDecimal(5));
			for (int c = 6; c <= 8; c++) {
				sheet.value(r, c - 1, rs.getString(c));
			}
			sheet.value(r, 8, rs.getBoolean(9));
			sheet.value(r, 9, rs.getBigDecimal(10));
			sheet.value(r, 10, rs.getString(11));
			sheet.value(r, 11, (Integer) rs.getObject(12));
			sheet.value(r, 12, rs.getString(13));
			sheet.value(r, 13, rs.getString(14));
			for (int c = 15; c <= 17; c++) {
				inline(sheet, r, c - 1, rs.getString(c));
			}
			sheet.value(r, 17, rs.getInt(18));
			org.mizani.platform.TabularFile.flushEvery1000(sheet, r);
		}, campaign.id().value());
		workbook.finish();
	}

	void assessmentXlsx(AssessmentView assessment, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Mizani", "1.0");
		Worksheet sheet = workbook.newWorksheet("Responses");
		String[] headers = { "area", "requirement", "title_en", "title_sw", "mandatory", "weight", "result", "maturity",
				"notes", "justification", "review", "override_result", "override_reason", "review_comment", "evidence" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(0, c, headers[c]);
		}
		int[] row = { 1 };
		cursor.query("""
				select r.area_code, q.display_code, q.title_en, q.title_sw, q.mandatory, q.weight, r.result, r.maturity,
				  r.notes, r.justification, r.review_state, r.override_result, r.override_reason, r.review_comment,
				  (select string_agg(coalesce(f.filename, e.url), '; ') from response_evidence e
				    left join evidence_file f on f.id = e.evidence_file_id where e.response_id = r.id) as evidence
				from assessment_response r join assessment a on a.id = r.assessment_id
				join campaign_requirement q on q.campaign_id = a.campaign_id and q.requirement_id = r.requirement_id
				where a.id = ? order by r.position
				""", rs -> {
			int r = row[0]++;
			for (int c = 1; c <= 4; c++) {
				sheet.value(r, c - 1, rs.getString(c));
			}
			sheet.value(r, 4, rs.getBoolean(5));
			sheet.value(r, 5, rs.getBigDecimal(6));
			sheet.value(r, 6, rs.getString(7));
			sheet.value(r, 7, (Integer) rs.getObject(8));
			for (int c = 9; c <= 15; c++) {
				inline(sheet, r, c - 1, rs.getString(c));
			}
		}, assessment.id().value());
		workbook.finish();
	}

	/**
	 * Free text (notes, justifications, reasons) is written inline: fastexcel's shared-string table
	 * would otherwise keep every distinct text of the whole campaign in memory until the end.
	 */
	private static void inline(Worksheet sheet, int row, int column, String text) {
		if (text != null) {
			sheet.inlineString(row, column, text);
		}
	}

	byte[] reportPdf(AssessmentView assessment, List<AreaProgress> areas, Score score, List<ResponseView> gaps,
			List<ActionView> actions, Language language) {
		Context context = new Context(language.locale());
		context.setVariable("assessment", assessment);
		context.setVariable("areas", areas);
		context.setVariable("score", score);
		context.setVariable("gaps", gaps);
		context.setVariable("actions", actions);
		context.setVariable("language", language);
		context.setVariable("generatedAt", OffsetDateTime.now(ZoneOffset.ofHours(3)).withNano(0).toString());
		String html = templates.process("assessment/report-pdf", context);
		return org.mizani.platform.HtmlPdf.render(html);
	}

	byte[] oscalResults(AssessmentView assessment, List<ResponseView> responses) {
		JsonNodeFactory json = JsonNodeFactory.instance;
		ObjectNode root = json.objectNode();
		ObjectNode results = root.putObject("assessment-results");
		results.put("uuid", UUID.randomUUID().toString());
		results.set("metadata", metadata(assessment, "Assessment results: " + assessment.campaignName()));
		results.putObject("import-ap").put("href", "urn:uuid:" + assessment.campaignId());
		ObjectNode result = results.putArray("results").addObject();
		result.put("uuid", assessment.id().toString());
		result.put("title", assessment.campaignName() + " — " + assessment.institutionAcronym());
		result.put("description", "Self-assessment of " + assessment.institutionNameEn() + " against "
				+ assessment.documentTitleEn() + " " + assessment.versionLabel() + ", status " + assessment.status() + ".");
		result.put("start", timestamp(assessment.submittedAt() != null ? assessment.submittedAt() : Instant.now()));
		if (assessment.acceptedAt() != null) {
			result.put("end", timestamp(assessment.acceptedAt()));
		}
		if (assessment.score() != null) {
			props(result).add(prop("score", assessment.score().toPlainString()));
		}
		ArrayNode controls = result.putObject("reviewed-controls").putArray("control-selections").addObject()
			.putArray("include-controls");
		ArrayNode findings = json.arrayNode();
		for (ResponseView r : responses) {
			controls.addObject().put("control-id", token(r.code()));
			Result effective = r.effectiveResult();
			if (effective == null || effective == Result.NOT_APPLICABLE) {
				continue;
			}
			ObjectNode finding = findings.addObject();
			finding.put("uuid", r.id().toString());
			finding.put("title", r.displayCode() + " " + r.titleEn());
			finding.put("description", r.notes() == null || r.notes().isBlank() ? r.titleEn() : r.notes());
			props(finding).add(prop("result", effective.name()));
			if (r.maturity() != null) {
				props(finding).add(prop("maturity", r.maturity().toString()));
			}
			ObjectNode target = finding.putObject("target");
			target.put("type", "objective-id");
			target.put("target-id", token(r.code()));
			target.putObject("status").put("state", effective == Result.COMPLIANT ? "satisfied" : "not-satisfied");
			if (r.overrideReason() != null) {
				finding.put("remarks", "Reviewer override: " + r.overrideReason());
			}
		}
		if (controls.isEmpty()) {
			result.putObject("reviewed-controls").putArray("control-selections").addObject().putObject("include-all");
		}
		if (!findings.isEmpty()) {
			result.set("findings", findings);
		}
		return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
	}

	byte[] oscalPoam(AssessmentView assessment, List<ActionView> actions) {
		JsonNodeFactory json = JsonNodeFactory.instance;
		ObjectNode root = json.objectNode();
		ObjectNode poam = root.putObject("plan-of-action-and-milestones");
		poam.put("uuid", UUID.randomUUID().toString());
		poam.set("metadata", metadata(assessment, "Plan of action and milestones: " + assessment.campaignName()));
		ObjectNode system = poam.putObject("system-id");
		system.put("identifier-type", "https://ietf.org/rfc/rfc4122");
		system.put("id", assessment.institutionId().toString());
		ArrayNode items = poam.putArray("poam-items");
		for (ActionView a : actions) {
			ObjectNode item = items.addObject();
			item.put("uuid", a.id().toString());
			item.put("title", a.title());
			item.put("description", a.description() == null || a.description().isBlank()
					? a.requirementCode() + " " + a.requirementTitleEn() : a.description());
			ArrayNode props = props(item);
			props.add(prop("requirement", token(a.requirementCode())));
			props.add(prop("status", a.status().name()));
			props.add(prop("priority", a.priority().name()));
			props.add(prop("due-date", a.dueDate().toString()));
			if (a.closureNote() != null) {
				item.put("remarks", a.closureNote());
			}
		}
		if (actions.isEmpty()) {
			ObjectNode item = items.addObject();
			item.put("uuid", UUID.randomUUID().toString());
			item.put("title", "No remediation actions");
			item.put("description", "No remediation action has been recorded for this assessment.");
		}
		return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
	}

	private static ObjectNode metadata(AssessmentView assessment, String title) {
		ObjectNode metadata = JsonNodeFactory.instance.objectNode();
		metadata.put("title", title);
		metadata.put("last-modified", timestamp(Instant.now()));
		metadata.put("version", assessment.versionLabel() + "-" + assessment.version());
		metadata.put("oscal-version", OSCAL_VERSION);
		ObjectNode party = metadata.putArray("parties").addObject();
		party.put("uuid", assessment.institutionId().toString());
		party.put("type", "organization");
		party.put("name", assessment.institutionNameEn());
		party.put("short-name", assessment.institutionAcronym());
		return metadata;
	}

	private static ArrayNode props(ObjectNode node) {
		return node.has("props") ? (ArrayNode) node.get("props") : node.putArray("props");
	}

	private static ObjectNode prop(String name, String value) {
		ObjectNode prop = JsonNodeFactory.instance.objectNode();
		prop.put("name", name);
		prop.put("ns", NS);
		prop.put("value", value);
		return prop;
	}

	/** An OSCAL token (a letter or underscore first; letters, digits, '.', '-', '_' after). */
	static String token(String code) {
		String cleaned = code.replaceAll("[^\\p{L}\\p{N}._-]", "_");
		return cleaned.isEmpty() || !(Character.isLetter(cleaned.charAt(0)) || cleaned.charAt(0) == '_') ? "_" + cleaned
				: cleaned;
	}

	private static String timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC).withNano(0).toString();
	}
}
