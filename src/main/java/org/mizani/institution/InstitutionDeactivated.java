package org.mizani.institution;

import org.mizani.platform.Actor;

public record InstitutionDeactivated(InstitutionId institution, String summary, Actor actor) implements InstitutionEvent {

	@Override
	public String action() {
		return "institution.deactivated";
	}
}
