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

	@Test
	void whileAKeyIsReplacedThePreviousOneStillOpensWhatItSealedAndResealingMovesItToTheNewOne() {
		String oldKey = "old-key-old-key-old-key-old-key-01";
		String sealedBefore = new AesSecrets(oldKey).encrypt("JBSWY3DPEHPK3PXP");
		AesSecrets keyring = new AesSecrets("new-key-new-key-new-key-new-key-02", " other-retired-key-other-retired-k , " + oldKey);
		assertThat(keyring.decrypt(sealedBefore)).isEqualTo("JBSWY3DPEHPK3PXP");
		assertThat(keyring.sealedWithCurrentKey(sealedBefore)).isFalse();

		String resealed = keyring.reseal(sealedBefore);
		assertThat(keyring.sealedWithCurrentKey(resealed)).isTrue();
		assertThat(keyring.reseal(resealed)).as("already under the current key: left as it is").isEqualTo(resealed);
		assertThat(new AesSecrets("new-key-new-key-new-key-new-key-02").decrypt(resealed))
			.as("once resealed, the old key is no longer needed").isEqualTo("JBSWY3DPEHPK3PXP");
		assertThat(keyring.encrypt("ABC")).satisfies(s -> assertThat(keyring.sealedWithCurrentKey(s)).isTrue());
		assertThatThrownBy(() -> new AesSecrets("unrelated-key-unrelated-key-unrel-3").reseal(sealedBefore))
			.isInstanceOf(IllegalStateException.class);
	}
}
