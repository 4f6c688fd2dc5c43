package org.mizani.platform.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.WebSession;
import org.mizani.identity.Role;
import org.mizani.platform.CliCommand;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mizani.identity.internal.TestLogins.createUser;
import static org.mizani.identity.internal.TestLogins.totpCode;

/**
 * Replacing the secret key that seals second-factor seeds, as docs/security.md describes it: with the
 * old key listed as previous, users sign in as before; {@code reseal-secrets} moves every seed to the new
 * key (and refuses, changing nothing, while some seed opens with no key); afterwards the new key alone
 * opens them all.
 */
@MizaniIntegrationTest
@TestPropertySource(properties = "mizani.security.previous-secret-keys=" + SecretKeyRotationIT.RETIRED_KEY)
class SecretKeyRotationIT extends IntegrationTestSupport {

	static final String RETIRED_KEY = "the-key-this-test-retires-000000001";
	private static final String PASSWORD = "mvua ya masika imefika";
	private static final String SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@Test
	void theOldKeyStillOpensSeedsUntilTheyAreResealedUnderTheNewOne() throws Exception {
		String email = "rotation-" + UUID.randomUUID().toString().substring(0, 8) + "@ega.go.tz";
		UUID user = createUser(context, email, Role.SECURITY_ANALYST, null, PASSWORD);
		setSeed(user, new AesSecrets(RETIRED_KEY).encrypt(SEED));

		WebSession browser = new WebSession(mvc);
		assertThat(browser.signIn(email, PASSWORD).getRedirectedUrl()).isEqualTo("/login/mfa");
		assertThat(browser.post("/login/mfa", "code", totpCode(context, SEED)).getRedirectedUrl())
			.as("signed in with a seed sealed under the previous key").isEqualTo("/");

		String lostEmail = "lost-" + UUID.randomUUID().toString().substring(0, 8) + "@ega.go.tz";
		UUID lost = createUser(context, lostEmail, Role.SECURITY_ANALYST, null, PASSWORD);
		setSeed(lost, new AesSecrets("a-key-nobody-has-any-more-0000000002").encrypt(SEED));
		try {
			Run refused = reseal();
			assertThat(refused.status()).isEqualTo(1);
			assertThat(refused.output()).contains("open with none of the keys", lostEmail).doesNotContain(email);
			assertThat(seed(user)).as("nothing changed").satisfies(s -> assertThat(currentKeyOnly().sealedWithCurrentKey(s)).isFalse());
		}
		finally {
			setSeed(lost, null);
		}

		long audited = audited();
		Run done = reseal();
		assertThat(done.status()).as(done.output()).isZero();
		assertThat(done.output()).contains("sealed again under the current key");
		assertThat(currentKeyOnly().decrypt(seed(user))).as("the new key alone opens it now").isEqualTo(SEED);
		await().atMost(Duration.ofSeconds(10)).until(() -> audited() == audited + 1);

		Run again = reseal();
		assertThat(again.status()).isZero();
		assertThat(again.output()).as("nothing left to move").startsWith("0 of ");
	}

	record Run(int status, String output) {
	}

	private Run reseal() {
		CliCommand command = context.getBeansOfType(CliCommand.class).values().stream().filter(c -> c.name().equals("reseal-secrets"))
			.findFirst().orElseThrow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8));
	}

	private AesSecrets currentKeyOnly() {
		return new AesSecrets(context.getEnvironment().getProperty("mizani.security.secret-key"));
	}

	private void setSeed(UUID user, String sealed) {
		jdbc.sql("update app_user set mfa_secret = :s, mfa_enabled = :on, mfa_last_step = null where id = :id").param("s", sealed)
			.param("on", sealed != null).param("id", user).update();
	}

	private String seed(UUID user) {
		return jdbc.sql("select mfa_secret from app_user where id = :id").param("id", user).query(String.class).single();
	}

	private long audited() {
		return jdbc.sql("select count(*) from audit_entry where action = 'security.secrets-resealed'").query(Long.class).single();
	}
}
