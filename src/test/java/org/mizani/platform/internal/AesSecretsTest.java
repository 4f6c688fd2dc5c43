package org.mizani.platform.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AesSecretsTest {

	@Test
	void encryptsSoThatOnlyTheSameKeyDecrypts() {
		AesSecrets secrets = new AesSecrets("key-one-key-one-key-one-key-one-1");
		String sealed = secrets.encrypt("JBSWY3DPEHPK3PXP");
		assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
		assertThat(secrets.decrypt(sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
		assertThat(secrets.encrypt("JBSWY3DPEHPK3PXP")).isNotEqualTo(sealed);
		assertThatThrownBy(() -> new AesSecrets("another-key-another-key-another-2").decrypt(sealed))
			.isInstanceOf(IllegalStateException.class);
	}
}
