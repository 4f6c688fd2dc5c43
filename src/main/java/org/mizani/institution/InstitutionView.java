package org.mizani.institution;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** An institution as other modules and the pages read it. */
public record InstitutionView(InstitutionId id, String nameSw, String nameEn, String acronym, InstitutionType type,
		@Nullable String sector, @Nullable String region, @Nullable UUID parentId, @Nullable String parentAcronym,
		@Nullable String email, @Nullable String phone, @Nullable String postalAddress, @Nullable String website,
		@Nullable String headName, @Nullable String headTitle, @Nullable String ictContactName,
		@Nullable String ictContactEmail, @Nullable String ictContactPhone, boolean active, long version,
		Instant createdAt, Instant updatedAt) {

	public String name(Language language) {
		return language.pick(nameSw, nameEn);
	}

	public InstitutionDetails details() {
		return new InstitutionDetails(nameSw, nameEn, acronym, type, sector, region, parentId, email, phone,
				postalAddress, website, headName, headTitle, ictContactName, ictContactEmail, ictContactPhone);
	}
}
