package org.mizani.catalog;

/** A node of a version's tree: a group (area, family, nested to any depth) or a requirement. */
public enum ItemKind {
	GROUP, REQUIREMENT
}
