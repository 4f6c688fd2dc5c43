package org.mizani.incident.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IncidentConfiguration {

	/** The reporting stages, e.g. {@code EARLY_WARNING:PT24H:DETECTION,NOTIFICATION:PT72H:DETECTION,FINAL_REPORT:P1M:PREVIOUS}. */
	@Bean
	ReportingClock reportingClock(@Value("${mizani.incident.stages:" + ReportingClock.DEFAULT + "}") String stages) {
		return ReportingClock.parse(stages);
	}
}
