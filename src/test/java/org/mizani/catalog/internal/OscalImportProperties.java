package org.mizani.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mizani.catalog.ItemKind;
import org.mizani.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Generated OSCAL catalogs in other publishers' shapes (groups nested at random, controls with
 * enhancements, parameters given by label, selection or value and used in the prose): every control
 * becomes a requirement, in document order, with every parameter substituted.
 */
class OscalImportProperties {

	record Generated(String json, List<String> controlIds, int groups) {
	}

	@Provide
	Arbitrary<Generated> catalogs() {
		return Arbitraries.longs().map(seed -> generate(new java.util.Random(seed)));
	}

	@Property(tries = 200)
	void everyControlIsReadInOrderWithItsParametersSubstituted(@ForAll("catalogs") Generated catalog) {
		ParsedCatalog parsed = new OscalCatalogReader().read(catalog.json().getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.items().stream().filter(i -> i.kind() == ItemKind.REQUIREMENT).map(ParsedCatalog.Item::code))
			.containsExactlyElementsOf(catalog.controlIds());
		assertThat(parsed.count(ItemKind.GROUP)).isEqualTo(catalog.groups());
		assertThat(parsed.items()).allSatisfy(item -> {
			if (item.statement() != null) {
				assertThat(item.statement()).doesNotContain("{{").doesNotContain("insert:");
			}
			if (item.parentIndex() != null) {
				assertThat(item.depth()).isEqualTo(parsed.items().get(item.parentIndex()).depth() + 1);
			}
		});
	}

	@Property(tries = 100)
	void aReferenceToAMissingParameterIsAlwaysRefused(@ForAll("catalogs") Generated catalog) {
		String broken = catalog.json().replaceFirst("\\{\\{ insert: param, [a-z0-9._-]+ }}", "{{ insert: param, missing-param }}");
		if (broken.equals(catalog.json())) {
			return;
		}
		assertThatThrownBy(() -> new OscalCatalogReader().read(broken.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(OscalImportException.class, e -> assertThat(e.code()).isEqualTo("catalog.import.unknown-param"));
	}

	@Property(tries = 5)
	void aFileOverTheLimitIsRefusedBeforeItIsRead(@ForAll("catalogs") Generated catalog) {
		CatalogService service = new CatalogService(null, null, 100);
		assertThatThrownBy(() -> service.importOscal("big.json", catalog.json().getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.problems().get(0).code()).isEqualTo("import.file.too-large"));
	}

	private static Generated generate(java.util.Random random) {
		List<String> controls = new ArrayList<>();
		int[] groups = { 0 };
		StringBuilder json = new StringBuilder("{\"catalog\": {\"uuid\": \"0d3c7a1e-5b2f-4d7e-9a41-2c8f6b1e0a77\", "
				+ "\"metadata\": {\"title\": \"Generated\", \"version\": \"1\"}, \"groups\": [");
		int top = 1 + random.nextInt(4);
		for (int g = 0; g < top; g++) {
			json.append(g == 0 ? "" : ",");
			group(json, random, "g" + g, 0, controls, groups);
		}
		json.append("]}}");
		return new Generated(json.toString(), controls, groups[0]);
	}

	private static void group(StringBuilder json, java.util.Random random, String id, int depth, List<String> controls, int[] groups) {
		groups[0]++;
		json.append("{\"id\": \"").append(id).append("\", \"title\": \"Group ").append(id).append('"');
		if (depth < 4 && random.nextInt(3) == 0) {
			json.append(", \"groups\": [");
			int n = 1 + random.nextInt(2);
			for (int i = 0; i < n; i++) {
				json.append(i == 0 ? "" : ",");
				group(json, random, id + "." + i, depth + 1, controls, groups);
			}
			json.append(']');
		}
		json.append(", \"controls\": [");
		int n = 1 + random.nextInt(3);
		for (int i = 0; i < n; i++) {
			json.append(i == 0 ? "" : ",");
			control(json, random, id.replace('.', '-') + "-c" + i, 0, controls);
		}
		json.append("]}");
	}

	private static void control(StringBuilder json, java.util.Random random, String id, int depth, List<String> controls) {
		controls.add(id);
		String param = id + "_prm";
		String definition = switch (random.nextInt(3)) {
			case 0 -> "{\"id\": \"" + param + "\", \"label\": \"frequency\"}";
			case 1 -> "{\"id\": \"" + param + "\", \"select\": {\"how-many\": \"one-or-more\", \"choice\": [\"daily\", \"weekly\"]}}";
			default -> "{\"id\": \"" + param + "\", \"values\": [\"every month\"]}";
		};
		json.append("{\"id\": \"").append(id).append("\", \"title\": \"Control ").append(id).append("\", \"params\": [")
			.append(definition).append("], \"parts\": [{\"name\": \"statement\", \"parts\": [{\"name\": \"item\", ")
			.append("\"props\": [{\"name\": \"label\", \"value\": \"a.\"}], \"prose\": \"Review {{ insert: param, ")
			.append(param).append(" }} the logs.\"}]}]");
		if (depth < 2 && random.nextInt(3) == 0) {
			json.append(", \"controls\": [");
			int n = 1 + random.nextInt(2);
			for (int i = 0; i < n; i++) {
				json.append(i == 0 ? "" : ",");
				control(json, random, id + "." + i, depth + 1, controls);
			}
			json.append(']');
		}
		json.append('}');
	}
}
