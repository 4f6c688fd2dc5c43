package org.mizani.platform.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionGuardTest {

	private final ProductionGuard guard = new ProductionGuard();
	private static final String GOOD_KEY = "a-real-secret-key-with-more-than-32-characters";

	private MockEnvironment prod() {
		MockEnvironment env = new MockEnvironment();
		env.setActiveProfiles("prod");
		env.setProperty("mizani.db.url", "jdbc:postgresql://db.example/mizani");
		env.setProperty("mizani.security.secret-key", GOOD_KEY);
		return env;
	}

	@Test
	void startsWithAServerDatabaseAndARealSecret() {
		assertThatCode(() -> guard.postProcessEnvironment(prod(), new SpringApplication())).doesNotThrowAnyException();
	}

	@Test
	void refusesTheEmbeddedDatabaseUnlessAllowed() {
		MockEnvironment env = prod();
		env.setProperty("mizani.db.url", "");
		assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication()))
			.hasMessageContaining("MIZANI_DB_URL");
		env.setProperty("mizani.db.allow-embedded", "true");
		assertThatCode(() -> guard.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
	}

	@Test
	void refusesDemoData() {
		MockEnvironment env = prod();
		env.setActiveProfiles("prod", "demo");
		assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication())).hasMessageContaining("demo");
	}

	@Test
	void refusesTheDevelopmentSecretOrAShortOne() {
		MockEnvironment env = prod();
		env.setProperty("mizani.security.secret-key", ProductionGuard.DEVELOPMENT_SECRET_KEY);
		assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication())).hasMessageContaining("MIZANI_SECRET_KEY");
		env.setProperty("mizani.security.secret-key", "short");
		assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication())).hasMessageContaining("MIZANI_SECRET_KEY");
	}

	@Test
	void leavesOtherProfilesAlone() {
		MockEnvironment env = new MockEnvironment();
		env.setActiveProfiles("demo");
		assertThatCode(() -> guard.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
	}
}
