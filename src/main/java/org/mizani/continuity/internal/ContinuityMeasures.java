package org.mizani.continuity.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.Measure;
import org.mizani.platform.Measure.Entry;
import org.mizani.platform.Measure.Figure;
import org.mizani.platform.Measure.Period;
import org.mizani.platform.Measure.Unit;
import org.mizani.system.SystemRegister;
import org.mizani.system.SystemSummary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the continuity module measures for plans and reports: of the critical systems in the register
 * (today's register: criticality has no history), those with a disaster-recovery drill held in the
 * twelve months up to the end of the period.
 */
@Configuration(proxyBeanMethods = false)
class ContinuityMeasures {

	@Bean
	Measure drilledCriticalSystems(JdbcClient jdbc, SystemRegister systems, InstitutionManagement institutions) {
		return new Measure() {
			@Override
			public String code() {
				return "continuity.critical-systems-drilled";
			}

			@Override
			public Unit unit() {
				return Unit.PERCENT;
			}

			@Override
			public Figure value(Period period) {
				List<SystemSummary> critical = systems.critical(null);
				Map<UUID, LocalDate> drilled = lastDrills(period);
				return Figure.ofShare(critical.stream().filter(s -> drilled.containsKey(s.id().value())).count(), critical.size());
			}

			@Override
			public List<Entry> records(Period period, int limit) {
				List<SystemSummary> critical = systems.critical(null);
				Map<UUID, LocalDate> drilled = lastDrills(period);
				Map<InstitutionId, String> acronyms = institutions
					.acronyms(critical.stream().map(s -> new InstitutionId(s.institutionId())).distinct().toList());
				return critical.stream()
					.sorted(Comparator.comparing((SystemSummary s) -> drilled.containsKey(s.id().value()))
						.thenComparing(s -> acronyms.getOrDefault(new InstitutionId(s.institutionId()), ""))
						.thenComparing(SystemSummary::name))
					.limit(limit)
					.map(s -> {
						LocalDate last = drilled.get(s.id().value());
						String label = s.name() + " (" + acronyms.getOrDefault(new InstitutionId(s.institutionId()), "") + ")";
						return new Entry(label, label,
								last == null ? "" : last.toString(), last != null,
								last == null ? "measure.entry.no-drill" : "measure.entry.drilled",
								"/continuity/systems/" + s.id().value());
					})
					.toList();
			}

			private Map<UUID, LocalDate> lastDrills(Period period) {
				Map<UUID, LocalDate> last = new HashMap<>();
				jdbc.sql("select system_id, max(held_on) as held_on from dr_drill where held_on >= :since and held_on < :until"
						+ " group by system_id")
					.param("since", period.until().minusMonths(12)).param("until", period.until())
					.query((java.sql.ResultSet rs) -> {
						last.put(rs.getObject("system_id", UUID.class), rs.getObject("held_on", LocalDate.class));
					});
				return last;
			}
		};
	}
}
