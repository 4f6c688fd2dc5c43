package org.mizani.platform.internal;

import java.io.IOException;
import java.nio.file.Path;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * PostgreSQL is the only database. With {@code mizani.db.url} set, Mizani connects to that server;
 * otherwise it starts an embedded PostgreSQL whose files live in {@code <data folder>/postgres}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	DatabaseHandle databaseHandle(@Value("${mizani.db.url:}") String url, @Value("${mizani.db.user:}") String user,
			@Value("${mizani.db.password:}") String password, @Value("${mizani.data-dir:./data}") Path dataDir,
			@Value("${mizani.db.embedded.port:0}") int port) throws IOException {
		if (StringUtils.hasText(url)) {
			return new DatabaseHandle(url, user, password, null);
		}
		EmbeddedDatabase embedded = EmbeddedDatabase.obtain(dataDir.resolve("postgres"), port);
		return new DatabaseHandle(embedded.jdbcUrl(), EmbeddedDatabase.USER, "", embedded);
	}

	/**
	 * The pool, handing out connections marked with the tenant of the request that takes them
	 * (see {@link TenantConnections}).
	 */
	@Bean(destroyMethod = "close")
	TenantConnections dataSource(DatabaseHandle handle, @Value("${mizani.db.pool-size:10}") int poolSize,
			@Value("${mizani.db.connection-timeout:PT30S}") java.time.Duration connectionTimeout) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(handle.url());
		config.setUsername(handle.user());
		config.setPassword(handle.password());
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("mizani");
		// Lets the driver send a JDBC batch of inserts as multi-row statements (imports, generated data sets).
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		config.setConnectionTimeout(connectionTimeout.toMillis());
		return new TenantConnections(new HikariDataSource(config));
	}

	/** Where the data source points, and the embedded server to stop with the application. */
	record DatabaseHandle(String url, String user, String password, EmbeddedDatabase embedded) implements AutoCloseable {

		boolean isEmbedded() {
			return embedded != null;
		}

		@Override
		public void close() throws IOException {
			if (embedded != null) {
				embedded.close();
			}
		}
	}


	/** Row-level security does not hold for superusers: say so when Mizani connects as one. */
	@Bean
	org.springframework.boot.ApplicationRunner rowSecurityCheck(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		return args -> {
			if (jdbc.sql("select rolsuper or rolbypassrls from pg_roles where rolname = current_user").query(Boolean.class).single()) {
				org.slf4j.LoggerFactory.getLogger(DatabaseConfiguration.class).warn("The database role Mizani connects as is a superuser"
						+ " or bypasses row-level security, so PostgreSQL's wall between institutions does not apply: connect as"
						+ " the owner of the database instead (docs/deploy.md)");
			}
		};
	}
}
