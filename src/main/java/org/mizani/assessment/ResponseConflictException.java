package org.mizani.assessment;

import org.mizani.platform.ConcurrentChangeException;

/** Someone saved the response since the editor loaded it; carries what is stored now, to show both versions. */
public class ResponseConflictException extends ConcurrentChangeException {

	private final transient ResponseView stored;

	public ResponseConflictException(ResponseView stored) {
		super("response");
		this.stored = stored;
	}

	public ResponseView stored() {
		return stored;
	}
}
