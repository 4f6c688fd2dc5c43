package org.mizani.incident.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.incident.IncidentCount;
import org.mizani.incident.IncidentHandling;
import org.mizani.incident.IncidentId;
import org.mizani.incident.IncidentManagement;
import org.mizani.incident.IncidentMetrics;
import org.mizani.incident.IncidentReporting;
import org.mizani.incident.IncidentView;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.institution.InstitutionView;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.Language;
import org.mizani.platform.SystemCaller;
import org.mizani.system.SystemSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class IncidentReportingService implements IncidentReporting {

	private final IncidentManagement management;
	private final IncidentHandling handling;
	private final IncidentAccess access;
	private final IncidentMetricsQuery metrics;
	private final IncidentExports exports;
	private final InstitutionManagement institutions;

	IncidentReportingService(IncidentManagement management, IncidentHandling handling, IncidentAccess access,
			IncidentMetricsQuery metrics, IncidentExports exports, InstitutionManagement institutions) {
		this.management = management;
		this.handling = handling;
		this.access = access;
		this.metrics = metrics;
		this.exports = exports;
		this.institutions = institutions;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public IncidentMetrics metrics(IncidentMetrics.Dimension dimension, @Nullable LocalDate from, @Nullable LocalDate to) {
		if (dimension == null) {
			throw BusinessRuleException.onField("by", "validation.required");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw BusinessRuleException.onField("to", "incident.metrics.range");
		}
		Map<String, Object> params = new HashMap<>();
		// Authority staff read counts across all institutions; everyone else counts only what they may see.
		String visible = Caller.require().authority() ? "" : access.visibleSql(params);
		return metrics.metrics(dimension, from, to, visible, params);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<Map<UUID, IncidentCount>> countsByInstitution(List<IncidentCount.Period> periods) {
		Caller caller = Caller.require();
		UUID only = caller.authority() ? null : caller.institutionId() == null ? new UUID(0, 0) : caller.institutionId();
		return metrics.counts(periods, only);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public byte[] reportPdf(IncidentId id, Language language) {
		IncidentView incident = management.get(id);
		Map<String, Object> model = new HashMap<>();
		model.put("incident", incident);
		model.put("institution", institution(incident));
		model.put("category", category(incident, language));
		model.put("systems", management.affectedSystems(id).stream().map(SystemSummary::name).toList());
		model.put("entries", handling.entries(id));
		model.put("tasks", handling.tasks(id));
		model.put("indicators", handling.indicators(id));
		model.put("stages", handling.stages(id));
		model.put("now", java.time.Instant.now());
		return exports.pdf(model, language);
	}

	private String category(IncidentView incident, Language language) {
		return management.taxonomy(false).stream()
			.filter(t -> t.classCode().equals(incident.classCode()) && t.typeCode().equals(incident.typeCode()))
			.map(t -> t.label(language)).findFirst().orElse(incident.classCode() + "/" + incident.typeCode());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public String stix(IncidentId id) {
		IncidentView incident = management.get(id);
		return StixBundle.of(incident, institution(incident).nameEn(), handling.indicators(id),
				management.affectedSystems(id).stream().map(SystemSummary::name).toList());
	}

	/** The reporting institution's names; a partner may not read the institution record itself, only its names. */
	private InstitutionView institution(IncidentView incident) {
		InstitutionView[] found = new InstitutionView[1];
		SystemCaller.runAs("SECURITY_ANALYST", () -> found[0] = institutions.get(new InstitutionId(incident.institutionId())));
		return found[0];
	}

}
