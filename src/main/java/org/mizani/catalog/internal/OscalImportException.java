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
}
