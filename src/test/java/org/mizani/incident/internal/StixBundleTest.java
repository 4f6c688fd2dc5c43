package org.mizani.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.incident.IncidentId;
import org.mizani.incident.IncidentStatus;
import org.mizani.incident.IncidentView;
import org.mizani.incident.IndicatorKind;
import org.mizani.incident.IndicatorView;
import org.mizani.incident.Severity;
import org.mizani.incident.Tlp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StixBundleTest {

	private static IncidentView incident(Tlp tlp) {
		Instant detected = Instant.parse("2026-03-02T06:30:00Z");
		return new IncidentView(new IncidentId(UUID.randomUUID()), "INC-2026-00042", UUID.randomUUID(), "MOF", "Finance",
				UUID.randomUUID(), false, "Phishing \"verify your mail\"", "Line one\nLine two with 'quotes'", detected,
				detected.minusSeconds(3600), "fraud", "phishing", Severity.HIGH, tlp, null, 12, null, IncidentStatus.TRIAGED, null,
				null, null, null, null, null, null, null, null, null, null, null, detected.plusSeconds(600),
				detected.plusSeconds(900), null, false, 3);
	}

	private static List<IndicatorView> indicators() {
		List<IndicatorView> list = new ArrayList<>();
		Instant at = Instant.parse("2026-03-02T08:00:00Z");
		String[][] values = { { "IPV4", "203.0.113.7" }, { "IPV6", "2001:db8::7" }, { "DOMAIN", "ega-gov-tz.com" },
				{ "URL", "https://ega-gov-tz.com/it's" }, { "EMAIL", "support@ega-gov-tz.com" },
				{ "MD5", "d41d8cd98f00b204e9800998ecf8427e" }, { "SHA1", "da39a3ee5e6b4b0d3255bfef95601890afd80709" },
				{ "SHA256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" } };
		for (String[] v : values) {
			list.add(new IndicatorView(UUID.randomUUID(), IndicatorKind.valueOf(v[0]), v[1], null, at, List.of()));
		}
		return list;
	}

	@Test
	void everyKindOfIndicatorMakesABundleThatValidatesAgainstTheStix21Schemas() {
		for (Tlp tlp : Tlp.values()) {
			String bundle = StixBundle.of(incident(tlp), "Ministry of Finance", indicators(), List.of("IFMIS"));
			assertThat(StixSchemas.errors(bundle)).as(tlp.name()).isEmpty();
		}
	}

	@Test
	void theSchemaCheckCatchesABrokenBundle() {
		String bundle = StixBundle.of(incident(Tlp.GREEN), "Ministry of Finance", indicators(), List.of());
		assertThat(StixSchemas.errors(bundle.replace("\"pattern_type\" : \"stix\",", "")
			.replace("\"identity_class\"", "\"identity_klass\"").replace("incident--", "incident-"))).isNotEmpty();
		assertThat(StixSchemas.errors(bundle.replace("\"type\" : \"bundle\"", "\"type\" : \"bundel\""))).isNotEmpty();
	}

	@Test
	void theBundleCarriesTheIncidentItsIndicatorsSightingsAndTheTlpMarkingOnEveryObject() {
		JsonNode bundle = JsonMapper.shared().readTree(StixBundle.of(incident(Tlp.AMBER_STRICT), "Ministry of Finance",
				indicators(), List.of()));
		List<String> types = new ArrayList<>();
		bundle.get("objects").forEach(o -> types.add(o.get("type").asString()));
		assertThat(types).contains("marking-definition", "identity", "incident", "indicator", "observed-data", "sighting",
				"ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr", "file", "relationship");
		assertThat(types.stream().filter("indicator"::equals).count()).isEqualTo(8);
		bundle.get("objects").forEach(o -> {
			if (!o.get("type").asString().equals("marking-definition") && o.has("object_marking_refs")) {
				assertThat(o.get("object_marking_refs").get(0).asString())
					.isEqualTo("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003");
			}
		});
		JsonNode marking = bundle.get("objects").get(0);
		assertThat(marking.get("name").asString()).isEqualTo("TLP:AMBER+STRICT");
		assertThat(marking.get("extensions").get(StixBundle.TLP_EXTENSION).get("tlp_2_0").asString()).isEqualTo("amber+strict");
	}

	@Test
	void patternsEscapeQuotesAndObservablesOfTheSameValueShareTheirId() {
		IndicatorView url = indicators().get(3);
		assertThat(StixBundle.pattern(url)).isEqualTo("[url:value = 'https://ega-gov-tz.com/it\\'s']");
		assertThat(StixBundle.pattern(indicators().get(6))).isEqualTo("[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']");
		String first = StixBundle.of(incident(Tlp.GREEN), "A", List.of(indicators().get(0)), List.of());
		String second = StixBundle.of(incident(Tlp.GREEN), "B", List.of(indicators().get(0)), List.of());
		assertThat(ipv4Id(first)).isEqualTo(ipv4Id(second)).startsWith("ipv4-addr--");
	}

	private static String ipv4Id(String bundle) {
		for (JsonNode o : JsonMapper.shared().readTree(bundle).get("objects")) {
			if (o.get("type").asString().equals("ipv4-addr")) {
				return o.get("id").asString();
			}
		}
		return null;
	}

	@Test
	void nameBasedIdsAreVersion5() {
		UUID id = StixBundle.uuid5("{\"value\":\"203.0.113.7\"}");
		assertThat(id.version()).isEqualTo(5);
		assertThat(id.variant()).isEqualTo(2);
	}
}
