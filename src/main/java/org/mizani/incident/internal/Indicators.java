package org.mizani.incident.internal;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.mizani.incident.IndicatorKind;

/**
 * Reads an indicator of compromise as an analyst types or pastes it, and writes it in one normal form so
 * that the same indicator seen in two incidents is recognised as one: addresses in canonical form, names
 * and hashes in lower case, internationalised domains in their ASCII form. Defanged input
 * ({@code hxxp}, {@code [.]}) is accepted, as threat reports usually carry it.
 */
final class Indicators {

	/** The normal form, or the message code of what is wrong with the input. */
	record Parsed(@Nullable String value, @Nullable String problem) {

		static Parsed ok(String value) {
			return new Parsed(value, null);
		}

		static Parsed bad(String code) {
			return new Parsed(null, code);
		}
	}

	static final int MAX_LENGTH = 2048;

	private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
	private static final Pattern EMAIL_LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
	private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

	private Indicators() {
	}

	static Parsed parse(@Nullable IndicatorKind kind, @Nullable String input) {
		if (kind == null) {
			return Parsed.bad("incident.indicator.kind.required");
		}
		if (input == null || input.isBlank()) {
			return Parsed.bad("incident.indicator.value.required");
		}
		if (input.length() > MAX_LENGTH) {
			return Parsed.bad("incident.indicator.too-long");
		}
		String text = refang(input.strip());
		for (int i = 0; i < text.length(); i++) {
			if (Character.isISOControl(text.charAt(i)) || Character.isWhitespace(text.charAt(i))) {
				return Parsed.bad("incident.indicator.invalid." + kind);
			}
		}
		String value = switch (kind) {
			case IPV4 -> IPV4.matcher(text).matches() ? ipv4(text) : null;
			case IPV6 -> ipv6(text);
			case DOMAIN -> domain(text);
			case URL -> url(text);
			case MD5 -> hash(text, 32);
			case SHA1 -> hash(text, 40);
			case SHA256 -> hash(text, 64);
			case EMAIL -> email(text);
		};
		return value == null ? Parsed.bad("incident.indicator.invalid." + kind) : Parsed.ok(value);
	}

	private static String refang(String text) {
		return text.replace("[.]", ".").replace("(.)", ".").replace("[:]", ":").replace("[@]", "@")
			.replaceFirst("^(?i)hxxp", "http");
	}

	private static String ipv4(String text) {
		String[] parts = text.split("\\.");
		StringBuilder out = new StringBuilder();
		for (String part : parts) {
			if (out.length() > 0) {
				out.append('.');
			}
			out.append(Integer.parseInt(part));
		}
		return out.toString();
	}

	private static @Nullable String ipv6(String text) {
		if (!text.contains(":") || !text.matches("[0-9A-Fa-f:.]{2,45}")) {
			return null;
		}
		try {
			// A literal with only hex digits, colons and dots is parsed without any name lookup.
			java.net.InetAddress address = java.net.InetAddress.getByName(text);
			if (!(address instanceof java.net.Inet6Address)) {
				return null;
			}
			return rfc5952(address.getHostAddress());
		}
		catch (java.net.UnknownHostException e) {
			return null;
		}
	}

	/** The canonical text form of RFC 5952: lower case, no leading zeros, the longest run of zero groups as "::". */
	static String rfc5952(String full) {
		String[] groups = full.split(":");
		int bestStart = -1;
		int bestLength = 0;
		for (int i = 0; i < groups.length; i++) {
			groups[i] = Integer.toHexString(Integer.parseInt(groups[i], 16));
		}
		for (int i = 0; i < groups.length; i++) {
			int j = i;
			while (j < groups.length && groups[j].equals("0")) {
				j++;
			}
			if (j - i > bestLength && j - i >= 2) {
				bestStart = i;
				bestLength = j - i;
			}
			i = Math.max(i, j);
		}
		if (bestStart < 0) {
			return String.join(":", groups);
		}
		String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
		String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
		return head + "::" + tail;
	}

	private static @Nullable String domain(String text) {
		String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
		try {
			name = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		if (name.length() > 253 || !name.contains(".")) {
			return null;
		}
		for (String label : name.split("\\.", -1)) {
			if (!LABEL.matcher(label).matches()) {
				return null;
			}
		}
		if (name.substring(name.lastIndexOf('.') + 1).matches("\\d+")) {
			return null;
		}
		return name;
	}

	private static @Nullable String url(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp")) || uri.getRawAuthority() == null) {
				return null;
			}
			String host = uri.getHost();
			if (host == null || (domain(host) == null && !IPV4.matcher(host).matches() && !host.startsWith("["))) {
				return null;
			}
			return new URI(scheme, uri.getRawUserInfo(), host.toLowerCase(Locale.ROOT), uri.getPort(), null, null, null)
				.toString() + (uri.getRawPath() == null ? "" : uri.getRawPath())
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
					+ (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
		}
		catch (URISyntaxException e) {
			return null;
		}
	}

	private static @Nullable String hash(String text, int length) {
		String value = text.toLowerCase(Locale.ROOT);
		return value.length() == length && HEX.matcher(value).matches() ? value : null;
	}

	private static @Nullable String email(String text) {
		int at = text.lastIndexOf('@');
		if (at <= 0 || at == text.length() - 1) {
			return null;
		}
		String local = text.substring(0, at);
		String host = domain(text.substring(at + 1));
		if (!EMAIL_LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || local.contains("..")
				|| host == null) {
			return null;
		}
		return local.toLowerCase(Locale.ROOT) + "@" + host;
	}
}
