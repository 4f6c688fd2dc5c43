package org.mizani;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application context started by a test at the run's throw-away database, and sets
 * what tests need to differ from a real start (mail to the log unless a test starts SMTP, no
 * republishing of another context's events, a generous per-address sign-in budget since every
 * test client is 127.0.0.1, and an API budget no test reaches but the one that checks it).
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		TestDatabase.Connection db = TestDatabase.get();
		Map<String, Object> properties = new HashMap<>();
		properties.put("mizani.db.url", db.url());
		properties.put("mizani.db.user", db.user());
		properties.put("mizani.db.password", db.password());
		// small for the test suite; the benchmarks run with production's default (10)
		properties.put("mizani.db.pool-size", System.getProperty("mizani.test.pool-size", "5"));
		properties.put("mizani.db.connection-timeout", System.getProperty("mizani.test.connection-timeout", "PT3S"));
		// the suite inserts fixtures with SQL and reads totals at once: it counts every time, except in the
		// benchmarks (production's 10 s) and in ListCountsIT, which checks the cache itself
		properties.put("mizani.lists.count-cache", System.getProperty("mizani.test.count-cache", "PT0S"));
		// a node restarted by TwoNodesIT republishes like production; every other context leaves other contexts' events alone
		properties.put("spring.modulith.events.republish-outstanding-events-on-restart",
				Boolean.getBoolean("mizani.test.republish") ? "true" : "false");
		// the hostile-input runs and the load benchmark send tens of thousands of API requests as a few accounts
		properties.put("mizani.security.rate-limit.api-per-minute", "1000000");
		environment.getPropertySources().addLast(new MapPropertySource("mizani-test-defaults", Map.of(
				"mizani.mail.mode", "log",
				"mizani.security.rate-limit.per-address", "100000")));
		environment.getPropertySources().addFirst(new MapPropertySource("mizani-test-database", properties));
	}
}
