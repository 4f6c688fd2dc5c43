package org.mizani.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.mizani.identity.Role;
import org.mizani.identity.UserDetailsForm;
import org.mizani.identity.UserId;
import org.mizani.identity.UserProvisioned;
import org.mizani.identity.UserUpdated;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.Actor;
import org.mizani.platform.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a person the identity provider vouches for into a Mizani user: the account they signed in
 * with before (by the provider's subject), else the account with their e-mail address (a local
 * account keeps its password), else a new account. Name, roles and institution come from the
 * provider's claims at every sign-in, so the provider stays the one place where they are managed;
 * each change is audited. A sign-in that cannot be mapped is refused and changes nothing.
 */
@Service
@Transactional
class SingleSignOnAccounts {

	/** Why a sign-in was refused; each has a message {@code signin.sso.<code>} in both languages. */
	static final Set<String> REFUSALS = Set.of("no-email", "email-unverified", "no-role", "institution-unknown",
			"roles-conflict", "inactive", "locked");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}<>]{1,64}@[^@\\s\\p{Cntrl}<>]{1,189}");
	private static final Pattern NOT_TEXT = Pattern.compile("[\\p{Cntrl}<>]");

	private final Users users;
	private final InstitutionManagement institutions;
	private final SingleSignOnSettings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Language defaultLanguage;

	SingleSignOnAccounts(Users users, InstitutionManagement institutions, SingleSignOnSettings settings,
			ApplicationEventPublisher events, Clock clock, @Value("${mizani.default-language:sw}") String defaultLanguage) {
		this.users = users;
		this.institutions = institutions;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.defaultLanguage = Language.fromCode(defaultLanguage);
	}

	SignedInUser signIn(String issuer, OidcUser person) {
		String subject = person.getSubject();
		String email = email(person);
		Set<Role> roles = roles(person.getClaims());
		boolean authority = roles.stream().allMatch(r -> r.side() == Role.Side.AUTHORITY);
		UUID institution = authority ? null : institution(person.getClaims());
		if (!RoleAssignmentPolicy.check(roles, institution).isEmpty()) {
			throw refused("roles-conflict");
		}
		String fullName = fullName(person, email);
		Actor actor = Actor.anonymous(email);
		Optional<UserAccount> known = users.findBySignInIdentity(issuer, subject).or(() -> users.findByEmail(email));
		UUID id;
		if (known.isEmpty()) {
			id = UUID.randomUUID();
			users.insert(id, new UserDetailsForm(fullName, email, null, institution, roles, language(person)), null);
			events.publishEvent(new UserProvisioned(new UserId(id), institution,
					"first single sign-on through " + issuer + " as " + codes(roles), actor));
		}
		else {
			UserAccount account = known.get();
			id = account.id();
			if (!account.active()) {
				throw refused("inactive");
			}
			if (account.isLocked(clock.instant())) {
				throw refused("locked");
			}
			List<String> changes = changes(account, fullName, institution, roles);
			if (!changes.isEmpty()) {
				users.updateFromIdentityProvider(id, fullName, institution, roles);
				events.publishEvent(new UserUpdated(new UserId(id), institution,
						"from single sign-on through " + issuer + ": " + String.join("; ", changes), actor));
			}
		}
		users.linkSignInIdentity(issuer, subject, id);
		UserAccount account = users.find(id).orElseThrow();
		SignedInUser user = new SignedInUser(account, false);
		user.eraseCredentials();
		return user;
	}

	/** Whether the provider says it asked for a second factor ({@code amr}, RFC 8176). */
	boolean secondFactorDone(OidcUser person) {
		return claimValues(person.getClaims().get("amr")).stream()
			.anyMatch(method -> settings.secondFactorMethods().contains(method));
	}

	private String email(OidcUser person) {
		String email = person.getEmail() == null ? "" : person.getEmail().strip().toLowerCase(Locale.ROOT);
		if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			throw refused("no-email");
		}
		if (Boolean.FALSE.equals(person.getEmailVerified())) {
			throw refused("email-unverified");
		}
		return email;
	}

	private Set<Role> roles(Map<String, Object> claims) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String value : claimValues(claim(claims, settings.rolesClaim()))) {
			String mapped = settings.roleMapping().getOrDefault(value, value);
			String code = mapped.strip().toUpperCase(Locale.ROOT).replace('-', '_');
			for (Role role : Role.values()) {
				if (role.name().equals(code)) {
					roles.add(role);
				}
			}
		}
		if (roles.isEmpty()) {
			throw refused("no-role");
		}
		return roles;
	}

	private UUID institution(Map<String, Object> claims) {
		List<String> values = claimValues(claim(claims, settings.institutionClaim()));
		if (values.size() != 1) {
			throw refused("institution-unknown");
		}
		String value = values.get(0).strip();
		if (value.isEmpty() || value.length() > 100) {
			throw refused("institution-unknown");
		}
		Optional<InstitutionId> found = institutions.findByAcronym(value);
		if (found.isEmpty() && value.matches("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}")) {
			found = Optional.of(new InstitutionId(UUID.fromString(value)));
		}
		if (found.isEmpty() || !institutions.isActive(found.get())) {
			throw refused("institution-unknown");
		}
		return found.get().value();
	}

	private Language language(OidcUser person) {
		String locale = person.getLocale();
		if (locale != null && (locale.toLowerCase(Locale.ROOT).startsWith("en") || locale.toLowerCase(Locale.ROOT).startsWith("sw"))) {
			return Language.fromCode(locale.substring(0, 2).toLowerCase(Locale.ROOT));
		}
		return defaultLanguage;
	}

	private static String fullName(OidcUser person, String email) {
		String name = person.getFullName();
		if (name == null || name.isBlank()) {
			name = ((person.getGivenName() == null ? "" : person.getGivenName()) + " "
					+ (person.getFamilyName() == null ? "" : person.getFamilyName())).strip();
		}
		name = NOT_TEXT.matcher(name).replaceAll("").strip();
		if (name.isEmpty()) {
			name = email;
		}
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

	private static List<String> changes(UserAccount account, String fullName, @Nullable UUID institution, Set<Role> roles) {
		List<String> changes = new ArrayList<>();
		if (!account.fullName().equals(fullName)) {
			changes.add("name " + account.fullName() + " → " + fullName);
		}
		if (!Objects.equals(account.institutionId(), institution)) {
			changes.add("institution " + account.institutionId() + " → " + institution);
		}
		if (!account.roles().equals(roles)) {
			changes.add("roles " + codes(account.roles()) + " → " + codes(roles));
		}
		return changes;
	}

	/** A claim by name, or by a dotted path through nested objects when no claim has the whole name. */
	private static @Nullable Object claim(Map<String, Object> claims, String name) {
		if (claims.containsKey(name)) {
			return claims.get(name);
		}
		Object current = claims;
		for (String part : name.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(part);
		}
		return current;
	}

	private static List<String> claimValues(@Nullable Object claim) {
		List<String> values = new ArrayList<>();
		if (claim instanceof Collection<?> list) {
			list.stream().filter(Objects::nonNull).map(Object::toString).forEach(values::add);
		}
		else if (claim instanceof String text) {
			for (String part : text.split("[\\s,]+")) {
				if (!part.isBlank()) {
					values.add(part);
				}
			}
		}
		return values;
	}

	private static String codes(Set<Role> roles) {
		return String.join(", ", new TreeSet<>(roles.stream().map(Role::name).toList()));
	}

	private static OAuth2AuthenticationException refused(String code) {
		return new OAuth2AuthenticationException(new OAuth2Error(code), code);
	}
}
