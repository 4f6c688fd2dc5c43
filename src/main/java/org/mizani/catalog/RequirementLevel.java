package org.mizani.catalog;

public enum RequirementLevel {
	MANDATORY, RECOMMENDED
}
