package org.mizani.institution;

import java.util.UUID;

import org.mizani.platform.AuditableEvent;

/** Something that happened to one institution; recorded in the audit trail. */
public sealed interface InstitutionEvent extends AuditableEvent permits InstitutionRegistered, InstitutionUpdated,
		InstitutionDeactivated, InstitutionReactivated {

	InstitutionId institution();

	@Override
	default String entityType() {
		return "institution";
	}

	@Override
	default String entityId() {
		return institution().toString();
	}

	@Override
	default UUID affectedInstitution() {
		return institution().value();
	}
}
