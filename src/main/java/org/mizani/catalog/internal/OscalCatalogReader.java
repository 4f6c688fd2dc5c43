package org.mizani.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizani.catalog.ItemKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads OSCAL 1.x catalogs in JSON (plain or resolved-profile): groups nested to any depth, controls
 * with nested controls (enhancements), the statement, guidance and assessment-objective parts
 * rendered as text with parameters substituted, labels and sort ids, withdrawn controls and links.
 * Anything it cannot take is refused with a message code and the JSON path where the problem is.
 */
final class OscalCatalogReader {

	static final int MAX_ITEMS = 20_000;
	static final int MAX_DEPTH = 64;
	private static final Pattern INSERT = Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([^}\\s]+)\\s*}}");

	private final List<ParsedCatalog.Item> items = new ArrayList<>();
	private final Set<String> codes = new HashSet<>();
	private final Map<String, JsonNode> params = new HashMap<>();

	ParsedCatalog read(byte[] content) {
		JsonNode root = OscalImportException.parse(content);
		if (root == null || !root.isObject()) {
			throw new OscalImportException("catalog.import.not-catalog", "$");
		}
		JsonNode catalog = root.get("catalog");
		if (catalog == null || !catalog.isObject()) {
			throw new OscalImportException("catalog.import.not-catalog", "$.catalog");
		}
		String uuid = requiredText(catalog, "uuid", "$.catalog");
		JsonNode metadata = catalog.get("metadata");
		if (metadata == null || !metadata.isObject()) {
			throw new OscalImportException("catalog.import.missing", "$.catalog.metadata");
		}
		String title = requiredText(metadata, "title", "$.catalog.metadata");
		String version = text(metadata, "version");
		String oscalVersion = text(metadata, "oscal-version");
		if (version == null || version.isBlank()) {
			throw new OscalImportException("catalog.import.missing", "$.catalog.metadata.version");
		}
		collectParams(catalog, "$.catalog", 0);
		int position = 0;
		position = readGroups(catalog, "$.catalog", null, 0, position);
		readControls(catalog, "$.catalog", null, 0, position);
		if (items.stream().noneMatch(i -> i.kind() == ItemKind.REQUIREMENT)) {
			throw new OscalImportException("catalog.import.no-controls", "$.catalog");
		}
		return new ParsedCatalog(uuid, title.strip(), version.strip(), oscalVersion, List.copyOf(items));
	}

	private int readGroups(JsonNode parent, String path, Integer parentIndex, int depth, int position) {
		JsonNode groups = array(parent, "groups", path);
		for (int g = 0; g < groups.size(); g++) {
			JsonNode group = groups.get(g);
			String at = path + ".groups[" + g + "]";
			checkDepth(depth, at);
			String id = text(group, "id");
			String code = id == null || id.isBlank() ? "group-" + (items.size() + 1) : id.strip();
			register(code, at);
			int index = items.size();
			items.add(new ParsedCatalog.Item(index, parentIndex, ItemKind.GROUP, code, label(group), sortKey(group), depth,
					position++, requiredText(group, "title", at).strip(), null, prose(group, "overview", at), null, false,
					links(group)));
			position = readGroups(group, at, index, depth + 1, position);
			position = readControls(group, at, index, depth + 1, position);
		}
		return position;
	}

	private int readControls(JsonNode parent, String path, Integer parentIndex, int depth, int position) {
		JsonNode controls = array(parent, "controls", path);
		for (int c = 0; c < controls.size(); c++) {
			JsonNode control = controls.get(c);
			String at = path + ".controls[" + c + "]";
			checkDepth(depth, at);
			String code = requiredText(control, "id", at).strip();
			register(code, at);
			int index = items.size();
			items.add(new ParsedCatalog.Item(index, parentIndex, ItemKind.REQUIREMENT, code, label(control),
					sortKey(control), depth, position++, requiredText(control, "title", at).strip(),
					prose(control, "statement", at), prose(control, "guidance", at),
					prose(control, "assessment-objective", at), withdrawn(control), links(control)));
			position = readControls(control, at, index, depth + 1, position);
		}
		return position;
	}

	private void register(String code, String at) {
		if (code.length() > 120) {
			throw new OscalImportException("catalog.import.id-too-long", at + ".id", 120);
		}
		if (!codes.add(code)) {
			throw new OscalImportException("catalog.import.duplicate-id", at + ".id", code);
		}
		if (items.size() >= MAX_ITEMS) {
			throw new OscalImportException("catalog.import.too-many", at, MAX_ITEMS);
		}
	}

	private static void checkDepth(int depth, String at) {
		if (depth > MAX_DEPTH) {
			throw new OscalImportException("catalog.import.too-deep", at, MAX_DEPTH);
		}
	}

	/** Parameters may be defined on any control or group and used anywhere, so all are collected first. */
	private void collectParams(JsonNode node, String path, int depth) {
		if (depth > MAX_DEPTH * 2) {
			throw new OscalImportException("catalog.import.too-deep", path, MAX_DEPTH);
		}
		JsonNode defined = array(node, "params", path);
		for (int p = 0; p < defined.size(); p++) {
			String id = text(defined.get(p), "id");
			if (id == null || id.isBlank()) {
				throw new OscalImportException("catalog.import.missing", path + ".params[" + p + "].id");
			}
			params.put(id.strip(), defined.get(p));
		}
		for (String child : List.of("groups", "controls")) {
			JsonNode children = array(node, child, path);
			for (int i = 0; i < children.size(); i++) {
				collectParams(children.get(i), path + "." + child + "[" + i + "]", depth + 1);
			}
		}
	}

	/** The text of the parts with this name, items on their own lines with their labels. */
	private String prose(JsonNode control, String partName, String path) {
		JsonNode parts = array(control, "parts", path);
		List<String> lines = new ArrayList<>();
		for (int p = 0; p < parts.size(); p++) {
			JsonNode part = parts.get(p);
			if (partName.equals(text(part, "name"))) {
				render(part, path + ".parts[" + p + "]", lines, 0);
			}
		}
		String text = String.join("\n", lines).strip();
		return text.isEmpty() ? null : text;
	}

	private void render(JsonNode part, String path, List<String> lines, int depth) {
		checkDepth(depth, path);
		String label = label(part);
		String prose = text(part, "prose");
		String line = ((label == null ? "" : label + " ") + (prose == null ? "" : substitute(prose, path + ".prose", 0))).strip();
		if (!line.isEmpty()) {
			lines.add(line);
		}
		JsonNode children = array(part, "parts", path);
		for (int c = 0; c < children.size(); c++) {
			render(children.get(c), path + ".parts[" + c + "]", lines, depth + 1);
		}
	}

	/** Replaces each {@code {{ insert: param, id }}} by the parameter's value, choice or label, as OSCAL displays them. */
	private String substitute(String prose, String path, int depth) {
		if (depth > 5) {
			throw new OscalImportException("catalog.import.param-loop", path);
		}
		Matcher m = INSERT.matcher(prose);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			JsonNode param = params.get(m.group(1));
			if (param == null) {
				throw new OscalImportException("catalog.import.unknown-param", path, m.group(1));
			}
			m.appendReplacement(out, Matcher.quoteReplacement(display(param, path, depth)));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String display(JsonNode param, String path, int depth) {
		JsonNode values = param.get("values");
		if (values != null && values.isArray() && !values.isEmpty()) {
			List<String> texts = new ArrayList<>();
			values.forEach(v -> texts.add(v.asString()));
			return String.join(", ", texts);
		}
		JsonNode select = param.get("select");
		if (select != null && select.isObject()) {
			List<String> choices = new ArrayList<>();
			array(select, "choice", path).forEach(choice -> choices.add(substitute(choice.asString(), path, depth + 1)));
			boolean many = "one-or-more".equals(text(select, "how-many"));
			return "[Selection" + (many ? " (one or more)" : "") + ": " + String.join("; ", choices) + "]";
		}
		String label = text(param, "label");
		return "[Assignment: " + (label == null ? text(param, "id") : label) + "]";
	}

	private static String label(JsonNode node) {
		String any = null;
		for (JsonNode prop : props(node)) {
			if ("label".equals(text(prop, "name"))) {
				String value = text(prop, "value");
				if (prop.get("class") == null) {
					return value;
				}
				if (any == null) {
					any = value;
				}
			}
		}
		return any;
	}

	private static String sortKey(JsonNode node) {
		for (JsonNode prop : props(node)) {
			if ("sort-id".equals(text(prop, "name"))) {
				return text(prop, "value");
			}
		}
		return null;
	}

	private static boolean withdrawn(JsonNode control) {
		for (JsonNode prop : props(control)) {
			if ("status".equals(text(prop, "name")) && "withdrawn".equalsIgnoreCase(String.valueOf(text(prop, "value")))) {
				return true;
			}
		}
		return false;
	}

	private static List<ParsedCatalog.Link> links(JsonNode node) {
		List<ParsedCatalog.Link> links = new ArrayList<>();
		JsonNode all = node.get("links");
		if (all != null && all.isArray()) {
			for (JsonNode link : all) {
				String href = text(link, "href");
				if (href != null && href.startsWith("#") && href.length() > 1 && href.length() <= 121) {
					String rel = text(link, "rel");
					links.add(new ParsedCatalog.Link(href.substring(1), rel == null ? "related" : rel));
				}
			}
		}
		// One canonical order (the order they are stored and exported in), so that the same catalog always reads the same.
		return links.stream().distinct()
			.sorted(java.util.Comparator.comparing(ParsedCatalog.Link::targetCode).thenComparing(ParsedCatalog.Link::relation))
			.toList();
	}

	private static List<JsonNode> props(JsonNode node) {
		JsonNode props = node.get("props");
		List<JsonNode> list = new ArrayList<>();
		if (props != null && props.isArray()) {
			props.forEach(list::add);
		}
		return list;
	}

	private static JsonNode array(JsonNode node, String field, String path) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return JsonMapper.shared().createArrayNode();
		}
		if (!value.isArray()) {
			throw new OscalImportException("catalog.import.not-array", path + "." + field);
		}
		return value;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value == null || value.isNull() || value.isContainer() ? null : value.asString();
	}

	private static String requiredText(JsonNode node, String field, String path) {
		String value = text(node, field);
		if (value == null || value.isBlank()) {
			throw new OscalImportException("catalog.import.missing", path + "." + field);
		}
		return value;
	}
}
