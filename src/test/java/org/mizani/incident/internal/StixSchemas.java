package org.mizani.incident.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official STIX 2.1 JSON schemas (OASIS cti-stix2-json-schemas), read from {@code ../shared/data}; their
 * {@code $id}s are public URLs, mapped here to the local copies. Tests that need them skip when they are absent.
 */
public final class StixSchemas {

	private static final String PUBLIC = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

	private StixSchemas() {
	}

	static Path folder() {
		for (String candidate : List.of("../shared/data/stix2.1-schemas", "../../shared/data/stix2.1-schemas")) {
			Path path = Path.of(candidate).toAbsolutePath().normalize();
			if (Files.isRegularFile(path.resolve("common/bundle.json"))) {
				return path;
			}
		}
		return null;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * The problems of a bundle: its envelope against {@code common/bundle.json}, and every object against the
	 * schema of its own type. Objects are checked one by one because the published bundle schema lists no
	 * {@code incident} (a stub added late to STIX 2.1), so an incident can only match its "custom object"
	 * branch, whose one-of between the SDO core and the cyber-observable core matches both and so fails.
	 * The test is skipped without the schemas.
	 */
	public static List<String> errors(String bundle) {
		Path folder = folder();
		Assumptions.assumeTrue(folder != null, "the STIX 2.1 schemas are not in ../shared/data/stix2.1-schemas; skipping");
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder.schemas(iri -> iri.startsWith(PUBLIC) ? read(folder.resolve(iri.substring(PUBLIC.length()))) : null));
		tools.jackson.databind.JsonNode root = JsonMapper.shared().readTree(bundle);
		List<String> problems = new java.util.ArrayList<>();
		tools.jackson.databind.node.ObjectNode envelope = ((tools.jackson.databind.node.ObjectNode) root).deepCopy();
		envelope.remove("objects");
		registry.getSchema(SchemaLocation.of(PUBLIC + "common/bundle.json")).validate(envelope)
			.forEach(e -> problems.add("bundle: " + e));
		if (!root.has("objects") || !root.get("objects").isArray() || root.get("objects").isEmpty()) {
			problems.add("bundle: no objects");
			return problems;
		}
		for (tools.jackson.databind.JsonNode object : root.get("objects")) {
			String type = object.path("type").asString("");
			String file = schemaOf(folder, type);
			if (file == null) {
				problems.add(type + ": not a STIX 2.1 type");
				continue;
			}
			for (Error error : registry.getSchema(SchemaLocation.of(PUBLIC + file)).validate(object)) {
				problems.add(type + " " + object.path("id").asString("") + ": " + error);
			}
		}
		return problems;
	}

	private static String schemaOf(Path folder, String type) {
		for (String dir : List.of("sdos", "sros", "observables")) {
			if (Files.isRegularFile(folder.resolve(dir).resolve(type + ".json"))) {
				return dir + "/" + type + ".json";
			}
		}
		return type.equals("marking-definition") || type.equals("language-content") ? "common/" + type + ".json" : null;
	}
}
