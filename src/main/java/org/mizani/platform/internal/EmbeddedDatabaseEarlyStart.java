package org.mizani.platform.internal;

import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * As soon as the configuration is known (and {@link ProductionGuard} has accepted it), starts the
 * embedded PostgreSQL in the background when no server is configured, so that the database and the
 * rest of the application get ready at the same time.
 */
public class EmbeddedDatabaseEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("mizani.db.url"))) {
			return;
		}
		Path dataDir = Path.of(environment.getProperty("mizani.data-dir", "./data"));
		EmbeddedDatabase.startEarly(dataDir.resolve("postgres"), environment.getProperty("mizani.db.embedded.port", Integer.class, 0));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
