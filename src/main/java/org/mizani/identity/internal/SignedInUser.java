package org.mizani.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.mizani.identity.Role;
import org.mizani.platform.ActorDetails;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in user; kept in the (database) session, so it holds no secrets after sign-in. */
final class SignedInUser implements UserDetails, ActorDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID userId;
	private final String email;
	private final String fullName;
	private final @Nullable UUID institutionId;
	private final Set<Role> roles;
	private final boolean active;
	private final boolean locked;
	private final boolean mfaEnabled;
	private @Nullable String passwordHash;

	SignedInUser(UserAccount account, boolean locked) {
		this.userId = account.id();
		this.email = account.email();
		this.fullName = account.fullName();
		this.institutionId = account.institutionId();
		this.roles = Set.copyOf(account.roles());
		this.active = account.active();
		this.locked = locked;
		this.mfaEnabled = account.mfaEnabled();
		this.passwordHash = account.passwordHash();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	List<GrantedAuthority> authorities() {
		return List.copyOf(getAuthorities());
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return active && passwordHash != null;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public UUID userId() {
		return userId;
	}

	@Override
	public String email() {
		return email;
	}

	@Override
	public @Nullable UUID institutionId() {
		return institutionId;
	}

	@Override
	public Set<String> roleCodes() {
		return roles.stream().map(Role::name).collect(Collectors.toSet());
	}

	@Override
	public boolean authoritySide() {
		return roles.stream().anyMatch(r -> r.side() == Role.Side.AUTHORITY);
	}

	String fullName() {
		return fullName;
	}

	Set<Role> roles() {
		return roles;
	}

	boolean mfaEnabled() {
		return mfaEnabled;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser that && that.userId.equals(userId);
	}

	@Override
	public int hashCode() {
		return userId.hashCode();
	}

	@Override
	public String toString() {
		return email;
	}
}
