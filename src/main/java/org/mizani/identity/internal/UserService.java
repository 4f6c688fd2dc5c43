package org.mizani.identity.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mizani.identity.UserDeactivated;
import org.mizani.identity.UserDetailsForm;
import org.mizani.identity.UserId;
import org.mizani.identity.UserInvited;
import org.mizani.identity.UserManagement;
import org.mizani.identity.UserQuery;
import org.mizani.identity.UserReactivated;
import org.mizani.identity.UserUpdated;
import org.mizani.identity.UserView;
import org.mizani.identity.SignedOutEverywhere;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class UserService implements UserManagement {

	private final Users users;
	private final InstitutionManagement institutions;
	private final AccountLinks links;
	private final IdentityMail mail;
	private final MfaService mfa;
	private final SessionTerminator sessions;
	private final SignInRecorder recorder;
	private final ApplicationEventPublisher events;
	private final Duration invitationValidity;

	UserService(Users users, InstitutionManagement institutions, AccountLinks links, IdentityMail mail, MfaService mfa,
			SessionTerminator sessions, SignInRecorder recorder, ApplicationEventPublisher events,
			@Value("${mizani.security.invitation-validity}") Duration invitationValidity) {
		this.users = users;
		this.institutions = institutions;
		this.links = links;
		this.mail = mail;
		this.mfa = mfa;
		this.sessions = sessions;
		this.recorder = recorder;
		this.events = events;
		this.invitationValidity = invitationValidity;
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	@Transactional(readOnly = true)
	public PageResult<UserView> search(UserQuery query, Paging paging) {
		return users.search(query, paging);
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	@Transactional(readOnly = true)
	public UserView get(UserId id) {
		return users.view(id.value()).orElseThrow(() -> new NotFoundException("user"));
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public UserView invite(UserDetailsForm form) {
		UserDetailsForm d = form.normalized();
		UUID id = UUID.randomUUID();
		check(id, d, true);
		users.insert(id, d, null);
		UserAccount account = users.find(id).orElseThrow();
		mail.invitation(account, links.issue(id, AccountLinks.Purpose.INVITATION, invitationValidity));
		events.publishEvent(new UserInvited(new UserId(id), d.institutionId(), d.email() + " as " + d.roles(), Actor.current()));
		return users.view(id).orElseThrow();
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public UserView update(UserId id, UserDetailsForm form, long expectedVersion) {
		UserAccount before = users.find(id.value()).orElseThrow(() -> new NotFoundException("user"));
		UserDetailsForm d = form.normalized();
		check(id.value(), d, false);
		if (isSelf(id) && !d.roles().contains(org.mizani.identity.Role.AUTHORITY_ADMIN)) {
			throw BusinessRuleException.onField("roles", "identity.roles.keep-own-admin");
		}
		if (!users.update(id.value(), d, expectedVersion)) {
			throw new ConcurrentChangeException("user");
		}
		boolean accessChanged = !before.roles().equals(d.roles()) || !java.util.Objects.equals(before.institutionId(), d.institutionId())
				|| !before.email().equalsIgnoreCase(d.email());
		if (accessChanged) {
			sessions.endSessions(before.email(), null);
		}
		events.publishEvent(new UserUpdated(id, d.institutionId(), describe(before, d), Actor.current()));
		return users.view(id.value()).orElseThrow();
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public void deactivate(UserId id) {
		UserAccount account = users.find(id.value()).orElseThrow(() -> new NotFoundException("user"));
		if (isSelf(id)) {
			throw new BusinessRuleException("identity.deactivate.self");
		}
		if (users.setActive(id.value(), false)) {
			sessions.endSessions(account.email(), null);
			events.publishEvent(new UserDeactivated(id, account.institutionId(), account.email(), Actor.current()));
		}
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public void reactivate(UserId id) {
		UserAccount account = users.find(id.value()).orElseThrow(() -> new NotFoundException("user"));
		if (users.setActive(id.value(), true)) {
			events.publishEvent(new UserReactivated(id, account.institutionId(), account.email(), Actor.current()));
		}
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public void unlock(UserId id) {
		UserAccount account = users.find(id.value()).orElseThrow(() -> new NotFoundException("user"));
		if (users.unlock(id.value())) {
			recorder.unlocked(account);
		}
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public void resetMfa(UserId id) {
		UserAccount account = users.find(id.value()).orElseThrow(() -> new NotFoundException("user"));
		mfa.reset(account);
		sessions.endSessions(account.email(), null);
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public void signOutEverywhere(UserId id) {
		UserAccount account = users.find(id.value()).orElseThrow(() -> new NotFoundException("user"));
		int ended = sessions.endSessions(account.email(), null);
		events.publishEvent(new SignedOutEverywhere(id, account.institutionId(), ended + " sessions ended", Actor.current()));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Optional<UserView> me() {
		return Caller.current().flatMap(c -> users.view(c.userId()));
	}

	private void check(UUID id, UserDetailsForm d, boolean isNew) {
		List<FieldProblem> problems = new ArrayList<>(RoleAssignmentPolicy.check(d.roles(), d.institutionId()));
		if (users.emailTaken(d.email(), isNew ? null : id)) {
			problems.add(new FieldProblem("email", "identity.email.taken"));
		}
		if (d.institutionId() != null && !institutions.isActive(new InstitutionId(d.institutionId()))) {
			problems.add(new FieldProblem("institutionId", "identity.institution.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
	}

	private static boolean isSelf(UserId id) {
		return Caller.current().map(c -> c.userId().equals(id.value())).orElse(false);
	}

	private static String describe(UserAccount before, UserDetailsForm after) {
		List<String> changed = new ArrayList<>();
		if (!before.email().equalsIgnoreCase(after.email())) changed.add("email");
		if (!before.fullName().equals(after.fullName())) changed.add("name");
		if (!java.util.Objects.equals(before.phone(), after.phone())) changed.add("phone");
		if (!java.util.Objects.equals(before.institutionId(), after.institutionId())) changed.add("institution");
		if (!before.roles().equals(after.roles())) changed.add("roles " + before.roles() + " → " + after.roles());
		if (before.preferredLanguage() != after.preferredLanguage()) changed.add("language");
		return after.email() + ": " + (changed.isEmpty() ? "no change" : "changed " + String.join(", ", changed));
	}
}
