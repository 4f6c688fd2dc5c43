package org.mizani.training;

/** The knowledge test taken at the start of a session and the one taken at its end. */
public enum TestKind {
	PRE, POST
}
