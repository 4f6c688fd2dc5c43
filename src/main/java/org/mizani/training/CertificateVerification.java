package org.mizani.training;

import java.util.Optional;

/** The public check of a certificate by its code (no sign-in). */
public interface CertificateVerification {

	Optional<CertificateCheck> verify(String code);
}
