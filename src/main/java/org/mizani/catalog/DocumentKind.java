package org.mizani.catalog;

/** What a catalogue document is; the label is the message {@code catalog.kind.<NAME>}. */
public enum DocumentKind {
	REGULATION, STANDARD, GUIDELINE, BASELINE
}
