package org.mizani.project;

/** Implementation status reported each period: on track, at risk, off track. */
public enum Rag {
	GREEN, AMBER, RED
}
