package org.mizani.catalog.internal;

/** An OSCAL file Mizani will not import; {@code path} is where in the file (JSON path), {@code code} a message key. */
class OscalImportException extends RuntimeException {

	private final String code;
	private final String path;
	private final Object[] arguments;

	OscalImportException(String code, String path, Object... arguments) {
		super(code + " at " + path);
		this.code = code;
		this.path = path;
		this.arguments = arguments;
	}

	String code() {
		return code;
	}

	String path() {
		return path;
	}

	Object[] arguments() {
		return arguments;
	}

	/** The refusal as the user reads it: the JSON path is the field and the message's first argument. */
	org.mizani.platform.BusinessRuleException asProblem() {
		Object[] withPath = new Object[arguments.length + 1];
		withPath[0] = path;
		System.arraycopy(arguments, 0, withPath, 1, arguments.length);
		return new org.mizani.platform.BusinessRuleException(
				java.util.List.of(new org.mizani.platform.FieldProblem(path, code, withPath)));
	}

	/** The JSON reader for uploaded OSCAL: limits on nesting and string length keep hostile files from exhausting the server. */
	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder(
			tools.jackson.core.json.JsonFactory.builder().streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
				.maxNestingDepth(400).maxStringLength(2_000_000).build()).build())
		.build();

	/** Parses JSON within those limits, naming the line and column of a syntax error. */
	static tools.jackson.databind.JsonNode parse(byte[] content) {
		try {
			return JSON.readTree(content);
		}
		catch (tools.jackson.core.JacksonException e) {
			String where = e.getLocation() == null ? "$"
					: "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
			throw new OscalImportException("catalog.import.json", where);
		}
	}
}
