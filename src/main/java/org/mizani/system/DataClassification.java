package org.mizani.system;

/** The highest classification of the information the system holds. */
public enum DataClassification {
	PUBLIC, INTERNAL, RESTRICTED, CONFIDENTIAL, SECRET
}
