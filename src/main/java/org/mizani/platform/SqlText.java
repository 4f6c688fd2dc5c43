package org.mizani.platform;

import java.util.Collection;
import java.util.stream.Collectors;

/** Values made safe for the places in SQL where a bound parameter alone is not enough. */
public final class SqlText {

	private SqlText() {
	}

	/** A LIKE/ILIKE pattern matching the text anywhere, with the user's {@code %}, {@code _} and {@code \} taken literally. */
	public static String containing(String text) {
		return "%" + escapeLike(text.strip()) + "%";
	}

	/** A LIKE/ILIKE pattern matching texts that start with the text. */
	public static String startingWith(String text) {
		return escapeLike(text.strip()) + "%";
	}

	/** A PostgreSQL array literal of simple words (codes, tags), to bind as {@code cast(:p as varchar[])}. */
	public static String arrayLiteral(Collection<String> values) {
		return values.stream().map(v -> "\"" + v.replace("\\", "").replace("\"", "") + "\"")
			.collect(Collectors.joining(",", "{", "}"));
	}

	/** Refuses a search or filter value longer than any real one, as a problem on the named parameter. */
	public static void limit(String parameter, @org.jspecify.annotations.Nullable String value, int max) {
		if (value != null && value.length() > max) {
			throw BusinessRuleException.onField(parameter, "validation.size.max", max);
		}
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
