package org.mizani.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizani.catalog.ItemKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OscalCatalogReaderTest {

	/** A small catalog in the shape other publishers use: groups three deep, enhancements, every kind of parameter. */
	static final String CATALOG = """
			{"catalog": {"uuid": "8b0d8e3a-2b1c-4f52-9a5e-3e1f1c0c0a01",
			 "metadata": {"title": "Test Standard", "version": "2026-01", "oscal-version": "1.1.2"},
			 "groups": [{"id": "sec", "title": "Security", "groups": [{"id": "sec.net", "title": "Networks", "groups": [
			   {"id": "sec.net.fw", "title": "Firewalls", "controls": [
			     {"id": "fw-1", "title": "Firewall policy",
			      "props": [{"name": "label", "value": "FW-01", "class": "zero-padded"}, {"name": "label", "value": "FW-1"}, {"name": "sort-id", "value": "fw-01"}],
			      "params": [{"id": "fw-1_prm_1", "label": "frequency"},
			                 {"id": "fw-1_prm_2", "select": {"how-many": "one-or-more", "choice": ["inbound", "outbound {{ insert: param, fw-1_prm_3 }}"]}},
			                 {"id": "fw-1_prm_3", "values": ["traffic"]}],
			      "parts": [{"id": "fw-1_smt", "name": "statement", "parts": [
			          {"id": "fw-1_smt.a", "name": "item", "props": [{"name": "label", "value": "a."}], "prose": "Review the rules every {{ insert: param, fw-1_prm_1 }};"},
			          {"id": "fw-1_smt.b", "name": "item", "props": [{"name": "label", "value": "b."}], "prose": "Log {{insert: param, fw-1_prm_2}}."}]},
			        {"id": "fw-1_gdn", "name": "guidance", "prose": "Keep the rule base small."}],
			      "links": [{"href": "#fw-2", "rel": "related"}, {"href": "https://example.org", "rel": "reference"}],
			      "controls": [{"id": "fw-1.1", "title": "Automated review", "parts": [{"name": "statement", "prose": "Automate the review."}]}]},
			     {"id": "fw-2", "title": "Old rule", "props": [{"name": "status", "value": "withdrawn"}]}]}]}]},
			  {"id": "gov", "title": "Governance", "controls": [{"id": "gov-1", "title": "ICT steering committee",
			      "parts": [{"name": "statement", "prose": "Establish an ICT steering committee."}]}]}]}}
			""";

	private static ParsedCatalog read(String json) {
		return new OscalCatalogReader().read(json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsNestedGroupsControlsAndEnhancementsInTreeOrder() {
		ParsedCatalog catalog = read(CATALOG);
		assertThat(catalog.title()).isEqualTo("Test Standard");
		assertThat(catalog.version()).isEqualTo("2026-01");
		assertThat(catalog.items()).extracting(ParsedCatalog.Item::code)
			.containsExactly("sec", "sec.net", "sec.net.fw", "fw-1", "fw-1.1", "fw-2", "gov", "gov-1");
		assertThat(catalog.items()).extracting(ParsedCatalog.Item::depth).containsExactly(0, 1, 2, 3, 4, 3, 0, 1);
		ParsedCatalog.Item enhancement = catalog.items().get(4);
		assertThat(catalog.items().get(enhancement.parentIndex()).code()).isEqualTo("fw-1");
		assertThat(catalog.count(ItemKind.REQUIREMENT)).isEqualTo(4);
		assertThat(catalog.count(ItemKind.GROUP)).isEqualTo(4);
	}

	@Test
	void rendersStatementsWithLabelsAndParametersAsOscalDisplaysThem() {
		ParsedCatalog.Item fw1 = read(CATALOG).items().get(3);
		assertThat(fw1.label()).as("the label without a class is the display label").isEqualTo("FW-1");
		assertThat(fw1.sortKey()).isEqualTo("fw-01");
		assertThat(fw1.statement()).isEqualTo("a. Review the rules every [Assignment: frequency];\n"
				+ "b. Log [Selection (one or more): inbound; outbound traffic].");
		assertThat(fw1.guidance()).isEqualTo("Keep the rule base small.");
		assertThat(fw1.links()).containsExactly(new ParsedCatalog.Link("fw-2", "related"));
	}

	@Test
	void keepsWithdrawnControlsMarked() {
		assertThat(read(CATALOG).items().get(5).withdrawn()).isTrue();
		assertThat(read(CATALOG).withdrawn()).isEqualTo(1);
	}

	@Test
	void refusesMalformedJsonSayingWhere() {
		assertThatThrownBy(() -> read("{\"catalog\": {\n  \"uuid\": }"))
			.isInstanceOfSatisfying(OscalImportException.class, e -> {
				assertThat(e.code()).isEqualTo("catalog.import.json");
				assertThat(e.path()).startsWith("line 2");
			});
	}

	@Test
	void refusesValidJsonThatIsNotACatalog() {
		assertThatThrownBy(() -> read("{\"profile\": {}}")).isInstanceOfSatisfying(OscalImportException.class,
				e -> assertThat(e.path()).isEqualTo("$.catalog"));
		assertThatThrownBy(() -> read("[1, 2]")).isInstanceOf(OscalImportException.class);
	}

	@Test
	void namesTheMissingRequiredField() {
		assertThatThrownBy(() -> read(CATALOG.replace("\"title\": \"Firewall policy\",", "")))
			.isInstanceOfSatisfying(OscalImportException.class, e -> {
				assertThat(e.code()).isEqualTo("catalog.import.missing");
				assertThat(e.path()).isEqualTo("$.catalog.groups[0].groups[0].groups[0].controls[0].title");
			});
		assertThatThrownBy(() -> read(CATALOG.replace("\"version\": \"2026-01\", ", "")))
			.isInstanceOfSatisfying(OscalImportException.class, e -> assertThat(e.path()).isEqualTo("$.catalog.metadata.version"));
	}

	@Test
	void refusesDuplicateIdsAtTheSecondOccurrence() {
		assertThatThrownBy(() -> read(CATALOG.replace("\"id\": \"gov-1\"", "\"id\": \"fw-1\"")))
			.isInstanceOfSatisfying(OscalImportException.class, e -> {
				assertThat(e.code()).isEqualTo("catalog.import.duplicate-id");
				assertThat(e.path()).isEqualTo("$.catalog.groups[1].controls[0].id");
				assertThat(e.arguments()).containsExactly("fw-1");
			});
	}

	@Test
	void refusesAReferenceToAnUndefinedParameter() {
		assertThatThrownBy(() -> read(CATALOG.replace("{{ insert: param, fw-1_prm_1 }}", "{{ insert: param, nowhere }}")))
			.isInstanceOfSatisfying(OscalImportException.class, e -> {
				assertThat(e.code()).isEqualTo("catalog.import.unknown-param");
				assertThat(e.path()).isEqualTo("$.catalog.groups[0].groups[0].groups[0].controls[0].parts[0].parts[0].prose");
			});
	}

	@Test
	void refusesAbsurdNestingWithoutRunningOutOfStack() {
		StringBuilder deep = new StringBuilder("{\"catalog\": {\"uuid\": \"8b0d8e3a-2b1c-4f52-9a5e-3e1f1c0c0a01\", "
				+ "\"metadata\": {\"title\": \"t\", \"version\": \"1\"}, \"groups\": [");
		int levels = 150;
		for (int i = 0; i < levels; i++) {
			deep.append("{\"id\": \"g").append(i).append("\", \"title\": \"g\", \"groups\": [");
		}
		deep.append("]}".repeat(levels)).append("]}}");
		assertThatThrownBy(() -> read(deep.toString())).isInstanceOfSatisfying(OscalImportException.class,
				e -> assertThat(e.code()).isIn("catalog.import.too-deep", "catalog.import.json"));
	}

	@Test
	void refusesAListWhereAnObjectIsExpectedAndACatalogWithoutControls() {
		assertThatThrownBy(() -> read(CATALOG.replace("\"groups\": [{\"id\": \"sec\"", "\"groups\": {\"x\": [{\"id\": \"sec\"")
			.replace("\"controls\": [{\"id\": \"gov-1\"", "\"controls\": [{\"id\": \"gov-1\""))).isInstanceOf(OscalImportException.class);
		assertThatThrownBy(() -> read("{\"catalog\": {\"uuid\": \"8b0d8e3a-2b1c-4f52-9a5e-3e1f1c0c0a01\", \"metadata\": "
				+ "{\"title\": \"Empty\", \"version\": \"1\"}, \"groups\": [{\"title\": \"Only a group\"}]}}"))
			.isInstanceOfSatisfying(OscalImportException.class, e -> assertThat(e.code()).isEqualTo("catalog.import.no-controls"));
	}

	@Test
	void refusesADocumentWithMoreItemsThanAnyRealCatalog() {
		StringBuilder huge = new StringBuilder("{\"catalog\": {\"uuid\": \"8b0d8e3a-2b1c-4f52-9a5e-3e1f1c0c0a01\", "
				+ "\"metadata\": {\"title\": \"t\", \"version\": \"1\"}, \"controls\": [");
		for (int i = 0; i <= OscalCatalogReader.MAX_ITEMS; i++) {
			huge.append(i == 0 ? "" : ",").append("{\"id\": \"c").append(i).append("\", \"title\": \"c\"}");
		}
		huge.append("]}}");
		assertThatThrownBy(() -> read(huge.toString())).isInstanceOfSatisfying(OscalImportException.class, e -> {
			assertThat(e.code()).isEqualTo("catalog.import.too-many");
			assertThat(e.path()).isEqualTo("$.catalog.controls[" + OscalCatalogReader.MAX_ITEMS + "]");
		});
	}

	static List<String> codes(ParsedCatalog catalog) {
		return catalog.items().stream().map(ParsedCatalog.Item::code).toList();
	}
}
