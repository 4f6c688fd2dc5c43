package org.mizani.platform;

/** Someone else changed the record since the caller read it (optimistic locking); answers 409. */
public class ConcurrentChangeException extends RuntimeException {

	public ConcurrentChangeException(String what) {
		super(what + " was changed by someone else");
	}
}
