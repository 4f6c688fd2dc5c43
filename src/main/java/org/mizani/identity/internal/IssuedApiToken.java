package org.mizani.identity.internal;

/** A token just created: the only moment its secret exists outside the caller's hands. */
public record IssuedApiToken(ApiTokenView token, String secret) {
}
