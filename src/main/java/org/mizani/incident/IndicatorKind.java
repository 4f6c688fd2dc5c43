package org.mizani.incident;

/** Kinds of indicator of compromise an analyst records; file hashes by algorithm. */
public enum IndicatorKind {
	IPV4, IPV6, DOMAIN, URL, MD5, SHA1, SHA256, EMAIL
}
