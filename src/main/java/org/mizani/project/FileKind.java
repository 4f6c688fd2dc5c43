package org.mizani.project;

public enum FileKind {
	PROPOSAL, ARCHITECTURE, PROCUREMENT, OTHER
}
