package org.mizani.platform.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Refuses to start the {@code prod} profile in a configuration that is only fit for trying Mizani
 * out: the embedded database (unless explicitly allowed), demo data, or the built-in secret key.
 * It runs before any bean exists, so nothing is started or written when it refuses.
 */
public class ProductionGuard implements EnvironmentPostProcessor {

	/** The secret key used when none is configured; fine on a laptop, never in production. */
	public static final String DEVELOPMENT_SECRET_KEY = "development-only-secret-key-do-not-use-in-production";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		List<String> profiles = Arrays.asList(environment.getActiveProfiles());
		if (!profiles.contains("prod")) {
			return;
		}
		List<String> problems = new ArrayList<>();
		if (profiles.contains("demo")) {
			problems.add("the 'demo' profile (demo data and demo sign-ins) is active");
		}
		boolean embedded = !StringUtils.hasText(environment.getProperty("mizani.db.url"));
		if (embedded && !environment.getProperty("mizani.db.allow-embedded", Boolean.class, false)) {
			problems.add("no database server is configured (set MIZANI_DB_URL, or MIZANI_DB_ALLOW_EMBEDDED=true to accept the embedded one)");
		}
		String key = environment.getProperty("mizani.security.secret-key", "");
		if (key.isBlank() || DEVELOPMENT_SECRET_KEY.equals(key) || key.length() < 32) {
			problems.add("MIZANI_SECRET_KEY is missing, the development default, or shorter than 32 characters");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start with the 'prod' profile: " + String.join("; ", problems));
		}
	}
}
