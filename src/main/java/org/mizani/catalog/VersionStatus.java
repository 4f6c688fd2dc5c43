package org.mizani.catalog;

/** Draft versions can be edited; a published version never changes; a newer publication supersedes it. */
public enum VersionStatus {
	DRAFT, PUBLISHED, SUPERSEDED
}
