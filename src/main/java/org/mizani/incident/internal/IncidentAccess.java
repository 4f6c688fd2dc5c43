package org.mizani.incident.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.mizani.incident.IncidentActivity;
import org.mizani.incident.IncidentId;
import org.mizani.incident.IncidentView;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Who may see and work on an incident, and the audit event of a change: shared by the incident use cases. */
@Component
class IncidentAccess {

	private final Incidents incidents;
	private final ApplicationEventPublisher events;

	IncidentAccess(Incidents incidents, ApplicationEventPublisher events) {
		this.incidents = incidents;
		this.events = events;
	}

	IncidentVisibility viewer() {
		return IncidentVisibility.of(Caller.require());
	}

	/** An incident the caller may see; anything else, including one that does not exist, is "not found". */
	IncidentView visible(IncidentId id) {
		IncidentView incident = incidents.find(id.value()).orElseThrow(() -> new NotFoundException("incident"));
		if (!viewer().canSee(incident.institutionId(), incident.tlp(), incident.reportedBy(), incident.escalatedTo(),
				incident.tlp().restricted() ? incidents.named(id.value()) : java.util.List.of())) {
			throw new NotFoundException("incident");
		}
		return incident;
	}

	/** A visible incident that the caller's institution reported (ICT officer or head), or any for an analyst. */
	IncidentView reporterSide(IncidentId id) {
		IncidentView incident = visible(id);
		Caller caller = Caller.require();
		boolean analyst = caller.hasRole("SECURITY_ANALYST");
		boolean institution = incident.institutionId().equals(caller.institutionId())
				&& (caller.hasRole("ICT_OFFICER") || caller.hasRole("INSTITUTION_HEAD"));
		if (!analyst && !institution) {
			throw new NotFoundException("incident");
		}
		return incident;
	}

	/** A visible incident that is still being handled. */
	IncidentView open(IncidentId id) {
		IncidentView incident = visible(id);
		if (!incident.status().open()) {
			throw new BusinessRuleException("incident.not-open");
		}
		return incident;
	}

	/** The visibility rule as SQL with its parameters, for lists that show other incidents. */
	String visibleSql(Map<String, Object> params) {
		return Incidents.visible(viewer(), params);
	}

	Map<String, Object> params() {
		return new HashMap<>();
	}

	void audit(String action, UUID incident, @org.jspecify.annotations.Nullable UUID institution, String summary) {
		events.publishEvent(new IncidentActivity(action, incident.toString(), institution, summary, Actor.current()));
	}
}
