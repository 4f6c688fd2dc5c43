package org.mizani.identity;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.mizani.platform.Language;

/** What an administrator enters about a user: the invite and edit forms and the API request. */
public record UserDetailsForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") @Pattern(regexp = "[^\\p{Cntrl}<>]*", message = "{validation.text}") String fullName,
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.size.max}") String email,
		@Nullable @Pattern(regexp = "^$|\\+?[0-9 ()-]{6,25}", message = "{validation.phone}") String phone,
		@Nullable UUID institutionId,
		@NotEmpty(message = "{identity.validation.roles}") Set<Role> roles,
		@NotNull(message = "{validation.required}") Language preferredLanguage) {

	public UserDetailsForm normalized() {
		return new UserDetailsForm(fullName.strip(), email.strip().toLowerCase(java.util.Locale.ROOT),
				phone == null || phone.isBlank() ? null : phone.strip(), institutionId, Set.copyOf(roles), preferredLanguage);
	}
}
