package org.mizani.platform.internal;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.mizani.platform.MalwareScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Uploads are scanned by the ClamAV daemon named by {@code MIZANI_CLAMD_HOST} (and {@code _PORT}); without
 * one they are kept unscanned, which is logged as a warning at start outside the demo. The health
 * endpoint shows whether clamd answers ({@code antivirus}).
 */
@Configuration(proxyBeanMethods = false)
class AntivirusConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(AntivirusConfiguration.class);
	private static final String CONFIGURED = "!'${mizani.antivirus.clamd-host:}'.isBlank()";

	@Bean
	MalwareScanner malwareScanner(@Value("${mizani.antivirus.clamd-host:}") String host,
			@Value("${mizani.antivirus.clamd-port:3310}") int port, @Value("${mizani.antivirus.timeout:PT30S}") Duration timeout,
			@Value("${mizani.demo:false}") boolean demo, MeterRegistry meters) {
		if (host.isBlank()) {
			if (!demo) {
				LOG.warn("Uploads are not scanned for malware: set MIZANI_CLAMD_HOST to a ClamAV daemon (docs/deploy.md)");
			}
			return MalwareScanner.NONE;
		}
		LOG.info("Uploads are scanned by ClamAV at {}:{}", host, port);
		return new ClamdScanner(host.strip(), port, timeout, meters);
	}

	@Bean
	@ConditionalOnExpression(CONFIGURED)
	HealthIndicator antivirusHealthIndicator(MalwareScanner scanner) {
		return ((ClamdScanner) scanner)::health;
	}
}
