package org.mizani.incident.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mizani.incident.IncidentView;
import org.mizani.incident.IndicatorKind;
import org.mizani.incident.IndicatorView;
import org.mizani.incident.Tlp;
import tools.jackson.databind.json.JsonMapper;

/**
 * An incident as a STIX 2.1 bundle (OASIS CTI): the reporting institution as an identity, the incident,
 * each indicator with its pattern, the observed data and cyber-observable objects behind it, a sighting
 * of each indicator at the institution, and the incident's TLP 2.0 marking on every object. Objects
 * describing the same observable get the same id everywhere (UUIDv5 in the STIX namespace).
 */
final class StixBundle {

	/** The STIX 2.1 namespace for deterministic cyber-observable ids (STIX 2.1, 2.9). */
	private static final UUID STIX_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");

	/** FIRST's TLP 2.0 extension definition and its marking-definition objects (OASIS cti-stix-common-objects). */
	static final String TLP_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

	private static final Map<Tlp, String> TLP_IDS = Map.of(
			Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
			Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
			Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
			Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
			Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private StixBundle() {
	}

	static String of(IncidentView incident, String institutionName, List<IndicatorView> indicators, List<String> systems) {
		String marking = TLP_IDS.get(incident.tlp());
		List<Map<String, Object>> objects = new ArrayList<>();
		objects.add(tlp(incident.tlp()));

		String identity = "identity--" + incident.institutionId();
		Map<String, Object> org = sdo("identity", identity, incident.createdAt(), incident.createdAt(), marking);
		org.put("name", institutionName);
		org.put("identity_class", "organization");
		org.put("sectors", List.of("government"));
		objects.add(org);

		String incidentId = "incident--" + incident.id();
		Map<String, Object> sdo = sdo("incident", incidentId, incident.createdAt(), incident.updatedAt(), marking);
		sdo.put("created_by_ref", identity);
		sdo.put("name", incident.reference() + " " + incident.title());
		sdo.put("description", incident.description());
		sdo.put("x_mizani_reference", incident.reference());
		sdo.put("x_mizani_status", incident.status().name().toLowerCase(java.util.Locale.ROOT));
		sdo.put("x_mizani_severity", incident.severity().name().toLowerCase(java.util.Locale.ROOT));
		sdo.put("x_mizani_category", incident.classCode() + "/" + incident.typeCode());
		sdo.put("x_mizani_detected", timestamp(incident.detectedAt()));
		if (!systems.isEmpty()) {
			sdo.put("x_mizani_affected_systems", systems);
		}
		objects.add(sdo);

		for (IndicatorView indicator : indicators) {
			Map<String, Object> observable = observable(indicator);
			String observableId = (String) observable.get("id");
			objects.add(observable);

			String indicatorId = "indicator--" + indicator.id();
			Map<String, Object> ioc = sdo("indicator", indicatorId, indicator.addedAt(), indicator.addedAt(), marking);
			ioc.put("created_by_ref", identity);
			ioc.put("name", indicator.kind() + " " + indicator.value());
			ioc.put("indicator_types", List.of("malicious-activity"));
			ioc.put("pattern", pattern(indicator));
			ioc.put("pattern_type", "stix");
			ioc.put("pattern_version", "2.1");
			ioc.put("valid_from", timestamp(indicator.addedAt()));
			objects.add(ioc);

			String observedId = "observed-data--" + uuid5(incidentId + "|" + observableId);
			Map<String, Object> observed = sdo("observed-data", observedId, indicator.addedAt(), indicator.addedAt(), marking);
			observed.put("created_by_ref", identity);
			observed.put("first_observed", timestamp(incident.startedAt() != null ? incident.startedAt() : incident.detectedAt()));
			observed.put("last_observed", timestamp(incident.detectedAt()));
			observed.put("number_observed", 1);
			observed.put("object_refs", List.of(observableId));
			objects.add(observed);

			Map<String, Object> sighting = sdo("sighting", "sighting--" + uuid5(incidentId + "|" + indicatorId), indicator.addedAt(),
					indicator.addedAt(), marking);
			sighting.put("created_by_ref", identity);
			sighting.put("sighting_of_ref", indicatorId);
			sighting.put("observed_data_refs", List.of(observedId));
			sighting.put("where_sighted_refs", List.of(identity));
			sighting.put("first_seen", timestamp(incident.startedAt() != null ? incident.startedAt() : incident.detectedAt()));
			sighting.put("last_seen", timestamp(incident.detectedAt()));
			sighting.put("count", 1);
			objects.add(sighting);

			Map<String, Object> relation = sdo("relationship", "relationship--" + uuid5(indicatorId + "|" + incidentId),
					indicator.addedAt(), indicator.addedAt(), marking);
			relation.put("relationship_type", "related-to");
			relation.put("source_ref", indicatorId);
			relation.put("target_ref", incidentId);
			objects.add(relation);
		}
		Map<String, Object> bundle = new LinkedHashMap<>();
		bundle.put("type", "bundle");
		bundle.put("id", "bundle--" + UUID.randomUUID());
		bundle.put("objects", objects);
		return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(bundle);
	}

	private static Map<String, Object> sdo(String type, String id, Instant created, Instant modified, String marking) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("type", type);
		object.put("spec_version", "2.1");
		object.put("id", id);
		object.put("created", timestamp(created));
		object.put("modified", timestamp(modified.isBefore(created) ? created : modified));
		object.put("object_marking_refs", List.of(marking));
		return object;
	}

	static Map<String, Object> tlp(Tlp tlp) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("type", "marking-definition");
		object.put("spec_version", "2.1");
		object.put("id", TLP_IDS.get(tlp));
		object.put("created", "2022-10-01T00:00:00.000Z");
		object.put("name", tlp.label());
		object.put("extensions", Map.of(TLP_EXTENSION,
				Map.of("extension_type", "property-extension", "tlp_2_0", tlp.name().toLowerCase(java.util.Locale.ROOT).replace('_', '+'))));
		return object;
	}

	private static Map<String, Object> observable(IndicatorView indicator) {
		Map<String, Object> object = new LinkedHashMap<>();
		String type;
		Map<String, Object> key = new LinkedHashMap<>();
		switch (indicator.kind()) {
			case IPV4 -> type = "ipv4-addr";
			case IPV6 -> type = "ipv6-addr";
			case DOMAIN -> type = "domain-name";
			case URL -> type = "url";
			case EMAIL -> type = "email-addr";
			default -> type = "file";
		}
		if (type.equals("file")) {
			key.put("hashes", Map.of(hashName(indicator.kind()), indicator.value()));
		}
		else {
			key.put("value", indicator.value());
		}
		object.put("type", type);
		object.put("spec_version", "2.1");
		object.put("id", type + "--" + uuid5(JsonMapper.shared().writeValueAsString(key)));
		object.putAll(key);
		return object;
	}

	private static String hashName(IndicatorKind kind) {
		return switch (kind) {
			case MD5 -> "MD5";
			case SHA1 -> "SHA-1";
			default -> "SHA-256";
		};
	}

	static String pattern(IndicatorView indicator) {
		String value = indicator.value().replace("\\", "\\\\").replace("'", "\\'");
		return switch (indicator.kind()) {
			case IPV4 -> "[ipv4-addr:value = '" + value + "']";
			case IPV6 -> "[ipv6-addr:value = '" + value + "']";
			case DOMAIN -> "[domain-name:value = '" + value + "']";
			case URL -> "[url:value = '" + value + "']";
			case EMAIL -> "[email-addr:value = '" + value + "']";
			case MD5 -> "[file:hashes.MD5 = '" + value + "']";
			case SHA1 -> "[file:hashes.'SHA-1' = '" + value + "']";
			case SHA256 -> "[file:hashes.'SHA-256' = '" + value + "']";
		};
	}

	static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MILLIS));
	}

	/** A name-based UUID, version 5 (SHA-1), in the STIX namespace (RFC 9562). */
	static UUID uuid5(String name) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			sha1.update(toBytes(STIX_NAMESPACE));
			byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
			hash[6] &= 0x0f;
			hash[6] |= 0x50;
			hash[8] &= 0x3f;
			hash[8] |= (byte) 0x80;
			long msb = 0;
			long lsb = 0;
			for (int i = 0; i < 8; i++) {
				msb = (msb << 8) | (hash[i] & 0xff);
			}
			for (int i = 8; i < 16; i++) {
				lsb = (lsb << 8) | (hash[i] & 0xff);
			}
			return new UUID(msb, lsb);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
		}
	}

	private static byte[] toBytes(UUID uuid) {
		byte[] bytes = new byte[16];
		for (int i = 0; i < 8; i++) {
			bytes[i] = (byte) (uuid.getMostSignificantBits() >>> (8 * (7 - i)));
			bytes[8 + i] = (byte) (uuid.getLeastSignificantBits() >>> (8 * (7 - i)));
		}
		return bytes;
	}
}
