package org.mizani.platform.internal;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once per cluster, whatever the number of nodes: each job annotated with
 * {@code @SchedulerLock} takes a named lock in the database first (ShedLock), timed by the database's
 * clock so that nodes whose clocks drift still agree. The work the jobs claim is also claimed row by
 * row, so a job that outlives its lock still sends nothing twice. The lock wraps the scheduler, not the
 * methods: a use case called directly (by a test, an administrator) runs whenever it is called.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_SCHEDULER, defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}
}
