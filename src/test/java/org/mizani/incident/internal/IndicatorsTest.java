package org.mizani.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.mizani.incident.IndicatorKind;

class IndicatorsTest {

	private static String value(IndicatorKind kind, String input) {
		Indicators.Parsed parsed = Indicators.parse(kind, input);
		assertThat(parsed.problem()).as(input).isNull();
		return parsed.value();
	}

	private static String problem(IndicatorKind kind, String input) {
		return Indicators.parse(kind, input).problem();
	}

	@Test
	void addressesAreWrittenInTheirCanonicalForm() {
		assertThat(value(IndicatorKind.IPV4, " 203.0.113.7 ")).isEqualTo("203.0.113.7");
		assertThat(value(IndicatorKind.IPV4, "203[.]0[.]113[.]7")).isEqualTo("203.0.113.7");
		assertThat(value(IndicatorKind.IPV6, "2001:0DB8:0000:0000:0000:0000:0000:0007")).isEqualTo("2001:db8::7");
		assertThat(value(IndicatorKind.IPV6, "2001:db8:0:1:0:0:0:1")).isEqualTo("2001:db8:0:1::1");
		assertThat(value(IndicatorKind.IPV6, "::1")).isEqualTo("::1");
	}

	@Test
	void malformedAddressesAreRefused() {
		assertThat(problem(IndicatorKind.IPV4, "256.1.1.1")).isEqualTo("incident.indicator.invalid.IPV4");
		assertThat(problem(IndicatorKind.IPV4, "1.2.3")).isEqualTo("incident.indicator.invalid.IPV4");
		assertThat(problem(IndicatorKind.IPV4, "01.2.3.4x")).isEqualTo("incident.indicator.invalid.IPV4");
		assertThat(problem(IndicatorKind.IPV6, "2001:db8::g")).isEqualTo("incident.indicator.invalid.IPV6");
		assertThat(problem(IndicatorKind.IPV6, "example.com")).isEqualTo("incident.indicator.invalid.IPV6");
	}

	@Test
	void namesAndHashesAreCaseInsensitive() {
		assertThat(value(IndicatorKind.DOMAIN, "Ega-Gov-TZ.com.")).isEqualTo("ega-gov-tz.com");
		assertThat(value(IndicatorKind.DOMAIN, "mfumo.bücher.tz")).isEqualTo("mfumo.xn--bcher-kva.tz");
		assertThat(value(IndicatorKind.EMAIL, "Support@EGA-GOV-TZ.com")).isEqualTo("support@ega-gov-tz.com");
		assertThat(value(IndicatorKind.SHA256, "5F2B7E0D0C1A4E6B9D3F8A7C6B5E4D3C2B1A09F8E7D6C5B4A39281706F5E4D3C"))
			.isEqualTo("5f2b7e0d0c1a4e6b9d3f8a7c6b5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c");
		assertThat(value(IndicatorKind.URL, "hxxps://EGA-gov-tz.com/mail/Verify?x=1")).isEqualTo("https://ega-gov-tz.com/mail/Verify?x=1");
	}

	@Test
	void hashesMustHaveTheirAlgorithmsLength() {
		assertThat(problem(IndicatorKind.MD5, "d41d8cd98f00b204e9800998ecf8427")).isEqualTo("incident.indicator.invalid.MD5");
		assertThat(problem(IndicatorKind.SHA1, "da39a3ee5e6b4b0d3255bfef95601890afd80709")).isNull();
		assertThat(problem(IndicatorKind.SHA256, "z".repeat(64))).isEqualTo("incident.indicator.invalid.SHA256");
	}

	@Test
	void otherWrongInputIsRefusedWithItsReason() {
		assertThat(problem(IndicatorKind.DOMAIN, "localhost")).isEqualTo("incident.indicator.invalid.DOMAIN");
		assertThat(problem(IndicatorKind.DOMAIN, "1.2.3.4")).isEqualTo("incident.indicator.invalid.DOMAIN");
		assertThat(problem(IndicatorKind.URL, "javascript:alert(1)")).isEqualTo("incident.indicator.invalid.URL");
		assertThat(problem(IndicatorKind.URL, "https://exa mple.com")).isEqualTo("incident.indicator.invalid.URL");
		assertThat(problem(IndicatorKind.EMAIL, "no-at-sign.go.tz")).isEqualTo("incident.indicator.invalid.EMAIL");
		assertThat(problem(IndicatorKind.EMAIL, "a..b@example.com")).isEqualTo("incident.indicator.invalid.EMAIL");
		assertThat(problem(null, "1.2.3.4")).isEqualTo("incident.indicator.kind.required");
		assertThat(problem(IndicatorKind.IPV4, "  ")).isEqualTo("incident.indicator.value.required");
		assertThat(problem(IndicatorKind.URL, "https://example.com/" + "a".repeat(3000))).isEqualTo("incident.indicator.too-long");
	}

	@Property(tries = 2000)
	void anyInputIsEitherAcceptedInNormalFormOrRefusedWithAReason(@ForAll("kinds") IndicatorKind kind,
			@ForAll("hostile") String input) {
		Indicators.Parsed parsed = Indicators.parse(kind, input);
		assertThat(parsed.value() == null).isNotEqualTo(parsed.problem() == null);
		if (parsed.value() != null) {
			// the normal form reads back as itself, so the same indicator is stored once
			assertThat(Indicators.parse(kind, parsed.value()).value()).isEqualTo(parsed.value());
		}
	}

	@Provide
	Arbitrary<IndicatorKind> kinds() {
		return Arbitraries.of(IndicatorKind.class);
	}

	@Provide
	Arbitrary<String> hostile() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80),
				Arbitraries.strings().withChars("0123456789.:abcdefABCDEF[]@/-x").ofMaxLength(70),
				Arbitraries.of("1.2.3.4", "::ffff:1.2.3.4", "https://a.go.tz/%00", "a@b.c", "' OR 1=1 --", "<script>", "..",
						"https://[::1]/x", "xn--80ak6aa92e.com", "\u0000", "ftp://x.y/z"));
	}
}
