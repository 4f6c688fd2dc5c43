package org.mizani.catalog.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mizani.catalog.CatalogItemView;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.catalog.ItemKind;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a catalogue version as an OSCAL 1.1 catalog in JSON: groups and controls keep their ids,
 * titles, labels and hierarchy; statement, guidance and assessment objectives become parts;
 * withdrawn controls carry {@code status = withdrawn}. Reading it back gives the same requirements.
 */
final class OscalCatalogWriter {

	static final String OSCAL_VERSION = "1.1.2";

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	byte[] write(CatalogVersionView version, UUID catalogUuid, List<CatalogItemView> items) {
		ObjectNode root = json.createObjectNode();
		ObjectNode catalog = root.putObject("catalog");
		catalog.put("uuid", catalogUuid.toString());
		ObjectNode metadata = catalog.putObject("metadata");
		metadata.put("title", version.documentTitleEn());
		metadata.put("last-modified", (version.publishedAt() == null ? Instant.now() : version.publishedAt()).toString());
		metadata.put("version", version.label());
		metadata.put("oscal-version", OSCAL_VERSION);
		Map<UUID, ObjectNode> nodes = new HashMap<>();
		for (CatalogItemView item : items) {
			ObjectNode parent = item.parentId() == null ? catalog : nodes.get(item.parentId());
			String collection = item.kind() == ItemKind.GROUP ? "groups" : "controls";
			ArrayNode siblings = parent.has(collection) ? (ArrayNode) parent.get(collection) : parent.putArray(collection);
			ObjectNode node = siblings.addObject();
			node.put("id", item.code());
			node.put("title", item.titleEn());
			ArrayNode props = json.createArrayNode();
			if (item.label() != null) {
				props.addObject().put("name", "label").put("value", item.label());
			}
			if (item.withdrawn()) {
				props.addObject().put("name", "status").put("value", "withdrawn");
			}
			if (!props.isEmpty()) {
				node.set("props", props);
			}
			if (!item.links().isEmpty()) {
				ArrayNode links = node.putArray("links");
				item.links().forEach(link -> links.addObject().put("href", "#" + link.targetCode()).put("rel", link.relation()));
			}
			ArrayNode parts = json.createArrayNode();
			if (item.kind() == ItemKind.GROUP) {
				part(parts, item.code() + "_ovw", "overview", item.guidanceEn());
			}
			else {
				part(parts, item.code() + "_smt", "statement", item.statementEn());
				part(parts, item.code() + "_gdn", "guidance", item.guidanceEn());
				part(parts, item.code() + "_obj", "assessment-objective", item.objectivesEn());
			}
			if (!parts.isEmpty()) {
				node.set("parts", parts);
			}
			nodes.put(item.id(), node);
		}
		return json.writeValueAsBytes(root);
	}

	private static void part(ArrayNode parts, String id, String name, String prose) {
		if (prose != null && !prose.isBlank()) {
			parts.addObject().put("id", id).put("name", name).put("prose", prose);
		}
	}
}
