package org.mizani.platform;

/**
 * The record does not exist <em>or</em> the caller may not see it. Both answer 404 so that no one
 * learns that another institution's record exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}
}
