package org.mizani.project.internal;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.NotFoundException;
import org.mizani.project.ProjectActivity;
import org.mizani.project.ProjectId;
import org.mizani.project.ProjectStatus;
import org.mizani.project.ProjectView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Who may see and change a project, and the audit event of a change: shared by the project use cases. */
@Component
class ProjectAccess {

	private final Projects projects;
	private final ApplicationEventPublisher events;

	ProjectAccess(Projects projects, ApplicationEventPublisher events) {
		this.projects = projects;
		this.events = events;
	}

	/** A project the caller may see (another institution's is "not found"). */
	ProjectView visible(ProjectId id) {
		ProjectView project = projects.find(id.value()).orElseThrow(() -> new NotFoundException("project"));
		if (!Caller.require().canAccess(project.institutionId())) {
			throw new NotFoundException("project");
		}
		return project;
	}

	@Nullable UUID only() {
		Caller caller = Caller.require();
		if (caller.authority()) {
			return null;
		}
		return caller.institutionId() == null ? new UUID(0, 0) : caller.institutionId();
	}

	/** A project of the caller's own institution (the authority reads but never writes an institution's proposal). */
	ProjectView own(ProjectId id) {
		ProjectView project = visible(id);
		Caller caller = Caller.require();
		if (caller.authority() || !Objects.equals(caller.institutionId(), project.institutionId())) {
			throw new NotFoundException("project");
		}
		return project;
	}

	ProjectView editable(ProjectId id) {
		ProjectView project = own(id);
		if (!project.status().editable()) {
			throw new BusinessRuleException("project.not-editable");
		}
		return project;
	}

	ProjectView underReview(ProjectId id) {
		ProjectView project = visible(id);
		if (project.status() != ProjectStatus.SUBMITTED) {
			throw new BusinessRuleException("project.review.not-submitted");
		}
		return project;
	}

	void audit(String action, UUID project, UUID institution, String summary) {
		events.publishEvent(new ProjectActivity(action, project.toString(), institution, summary, Actor.current()));
	}
}
