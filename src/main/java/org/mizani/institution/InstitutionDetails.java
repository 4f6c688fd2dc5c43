package org.mizani.institution;

import static org.mizani.platform.Rows.blankToNull;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a user enters about an institution: the form, the API request and one import row. */
public record InstitutionDetails(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") @Pattern(regexp = NO_CONTROL, message = "{validation.text}") String nameSw,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") @Pattern(regexp = NO_CONTROL, message = "{validation.text}") String nameEn,
		@NotBlank(message = "{validation.required}") @Size(max = 30, message = "{validation.size.max}") @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}&./ -]*", message = "{institution.validation.acronym}") String acronym,
		@NotNull(message = "{validation.required}") InstitutionType type,
		@Nullable @Size(max = 120, message = "{validation.size.max}") @Pattern(regexp = NO_CONTROL, message = "{validation.text}") String sector,
		@Nullable @Size(max = 120, message = "{validation.size.max}") @Pattern(regexp = NO_CONTROL, message = "{validation.text}") String region,
		@Nullable UUID parentId,
		@Nullable @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.size.max}") String email,
		@Nullable @Pattern(regexp = PHONE, message = "{validation.phone}") String phone,
		@Nullable @Size(max = 500, message = "{validation.size.max}") @Pattern(regexp = NO_CONTROL_MULTILINE, message = "{validation.text}") String postalAddress,
		@Nullable @Size(max = 300, message = "{validation.size.max}") @Pattern(regexp = WEBSITE, message = "{validation.website}") String website,
		@Nullable @Size(max = 200, message = "{validation.size.max}") @Pattern(regexp = NO_CONTROL, message = "{validation.text}") String headName,
		@Nullable @Size(max = 200, message = "{validation.size.max}") @Pattern(regexp = NO_CONTROL, message = "{validation.text}") String headTitle,
		@Nullable @Size(max = 200, message = "{validation.size.max}") @Pattern(regexp = NO_CONTROL, message = "{validation.text}") String ictContactName,
		@Nullable @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.size.max}") String ictContactEmail,
		@Nullable @Pattern(regexp = PHONE, message = "{validation.phone}") String ictContactPhone) {

	/** Text without control characters (tabs and line breaks included). */
	public static final String NO_CONTROL = "[^\\p{Cntrl}]*";
	/** Text without control characters except line breaks. */
	public static final String NO_CONTROL_MULTILINE = "[^\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
	public static final String PHONE = "^$|\\+?[0-9 ()-]{6,25}";
	public static final String WEBSITE = "^$|https?://[^\\s<>\"]+";

	/** Trims every text and turns blanks into nulls, so that what is stored is what is meant. */
	public InstitutionDetails normalized() {
		return new InstitutionDetails(trim(nameSw), trim(nameEn), trim(acronym), type, blankToNull(sector),
				blankToNull(region), parentId, lower(blankToNull(email)), blankToNull(phone), blankToNull(postalAddress),
				blankToNull(website), blankToNull(headName), blankToNull(headTitle), blankToNull(ictContactName),
				lower(blankToNull(ictContactEmail)), blankToNull(ictContactPhone));
	}

	private static String trim(String value) {
		return value == null ? null : value.strip();
	}

	private static @Nullable String lower(@Nullable String value) {
		return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
	}
}
