package org.mizani.catalog.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an OSCAL profile's selection of controls ({@code include-all}, {@code include-controls} and
 * {@code exclude-controls} by id) for applying it to a catalogue version already in Mizani. Every
 * id must exist in that version; the first that does not is reported with its JSON path.
 */
final class OscalProfileReader {

	record Profile(String uuid, String title, String version, Set<String> selected) {
	}

	Profile read(byte[] content, Set<String> available) {
		JsonNode root = OscalImportException.parse(content);
		JsonNode profile = root == null ? null : root.get("profile");
		if (profile == null || !profile.isObject()) {
			throw new OscalImportException("catalog.profile.not-profile", "$.profile");
		}
		String uuid = text(profile, "uuid", "$.profile.uuid");
		JsonNode metadata = profile.get("metadata");
		if (metadata == null || !metadata.isObject()) {
			throw new OscalImportException("catalog.import.missing", "$.profile.metadata");
		}
		String title = text(metadata, "title", "$.profile.metadata.title");
		String version = text(metadata, "version", "$.profile.metadata.version");
		JsonNode imports = profile.get("imports");
		if (imports == null || !imports.isArray() || imports.isEmpty()) {
			throw new OscalImportException("catalog.import.missing", "$.profile.imports");
		}
		Set<String> selected = new LinkedHashSet<>();
		for (int i = 0; i < imports.size(); i++) {
			JsonNode entry = imports.get(i);
			String at = "$.profile.imports[" + i + "]";
			if (entry.has("include-all")) {
				selected.addAll(available);
			}
			selected.addAll(ids(entry.get("include-controls"), at + ".include-controls", available));
			selected.removeAll(ids(entry.get("exclude-controls"), at + ".exclude-controls", available));
		}
		if (selected.isEmpty()) {
			throw new OscalImportException("catalog.profile.nothing-selected", "$.profile.imports");
		}
		return new Profile(uuid, title.strip(), version.strip(), selected);
	}

	private static Set<String> ids(JsonNode selections, String path, Set<String> available) {
		Set<String> ids = new LinkedHashSet<>();
		if (selections == null || selections.isNull()) {
			return ids;
		}
		if (!selections.isArray()) {
			throw new OscalImportException("catalog.import.not-array", path);
		}
		for (int s = 0; s < selections.size(); s++) {
			JsonNode withIds = selections.get(s).get("with-ids");
			if (withIds == null) {
				continue;
			}
			if (!withIds.isArray()) {
				throw new OscalImportException("catalog.import.not-array", path + "[" + s + "].with-ids");
			}
			for (int k = 0; k < withIds.size(); k++) {
				String id = withIds.get(k).asString().strip();
				if (!available.contains(id)) {
					throw new OscalImportException("catalog.profile.unknown-control", path + "[" + s + "].with-ids[" + k + "]", id);
				}
				ids.add(id);
			}
		}
		return ids;
	}

	private static String text(JsonNode node, String field, String path) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.isContainer() || value.asString().isBlank()) {
			throw new OscalImportException("catalog.import.missing", path);
		}
		return value.asString();
	}
}
