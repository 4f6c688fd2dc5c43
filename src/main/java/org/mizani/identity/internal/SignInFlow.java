package org.mizani.identity.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The steps of signing in with a browser: password (Spring Security's form login), then the
 * second factor or its enrolment, then the full session. Applies the user's preferred language.
 */
@Component
class SignInFlow implements AuthenticationSuccessHandler, AuthenticationFailureHandler, AccessDeniedHandler {

	private final SecurityContextRepository contexts;
	private final SignInRecorder recorder;
	private final SignInRateLimiter limiter;
	private final LocaleResolver locales;
	private final boolean mfaRequiredForAuthority;
	private final boolean mfaRequiredForInstitutions;
	private final SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
	private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

	SignInFlow(SecurityContextRepository contexts, SignInRecorder recorder, SignInRateLimiter limiter,
			LocaleResolver locales, @Value("${mizani.security.mfa-required-for-authority}") boolean mfaRequiredForAuthority,
			@Value("${mizani.security.mfa-required-for-institutions}") boolean mfaRequiredForInstitutions) {
		this.contexts = contexts;
		this.recorder = recorder;
		this.limiter = limiter;
		this.locales = locales;
		this.mfaRequiredForAuthority = mfaRequiredForAuthority;
		this.mfaRequiredForInstitutions = mfaRequiredForInstitutions;
		this.target.setDefaultTargetUrl("/");
		this.target.setAlwaysUseDefaultTargetUrl(false);
	}

	/** After the password was accepted. */
	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
			throws IOException, jakarta.servlet.ServletException {
		SignedInUser user = (SignedInUser) auth.getPrincipal();
		locales.setLocale(request, response, Locale.forLanguageTag(preferredLanguage(user)));
		MfaPendingAuthentication.Step next = secondStep(user);
		if (next != null) {
			pending(request, response, user, next);
		}
		else {
			recorder.succeeded(user, "password");
			target.onAuthenticationSuccess(request, response, auth);
		}
	}

	/** What Mizani's rules ask after the first factor: the user's own second factor, or setting one up where the role requires it. */
	private MfaPendingAuthentication.@org.jspecify.annotations.Nullable Step secondStep(SignedInUser user) {
		if (user.mfaEnabled()) {
			return MfaPendingAuthentication.Step.VERIFY;
		}
		boolean required = user.authoritySide() ? mfaRequiredForAuthority : mfaRequiredForInstitutions;
		return required ? MfaPendingAuthentication.Step.ENROL : null;
	}

	/**
	 * After the identity provider vouched for the person. Mizani asks for its own second factor only
	 * where its rules want one and the provider did not ask for one.
	 */
	void singleSignOnSucceeded(HttpServletRequest request, HttpServletResponse response, Authentication auth)
			throws IOException, jakarta.servlet.ServletException {
		SingleSignOnUser person = (SingleSignOnUser) auth.getPrincipal();
		SignedInUser user = person.account();
		locales.setLocale(request, response, Locale.forLanguageTag(preferredLanguage(user)));
		MfaPendingAuthentication.Step next = secondStep(user);
		if (next != null && !person.secondFactorDone()) {
			pending(request, response, user, next);
		}
		else {
			completeSignIn(request, response, user,
					person.secondFactorDone() ? "single sign-on with the provider's second factor" : "single sign-on", "/");
		}
	}

	/** The provider refused, or the person could not be mapped to an account: say why on the sign-in page. */
	void singleSignOnFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String code = exception instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth
				? oauth.getError().getErrorCode() : "";
		String reason = SingleSignOnAccounts.REFUSALS.contains(code) ? code : "failed";
		response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		limiter.recordFailure(username, request.getRemoteAddr());
		if (exception instanceof BadCredentialsException && username != null && username.length() <= 254) {
			recorder.failed(username, "wrong password");
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	/** The second factor was accepted (or just enrolled): the session becomes a full one. */
	void completeSignIn(HttpServletRequest request, HttpServletResponse response, SignedInUser user, String how,
			String redirectTo) throws IOException, jakarta.servlet.ServletException {
		Authentication full = UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
		request.changeSessionId();
		save(request, response, full);
		recorder.succeeded(user, how);
		if (redirectTo != null) {
			response.sendRedirect(request.getContextPath() + redirectTo);
		}
		else {
			target.onAuthenticationSuccess(request, response, full);
		}
	}

	/** A wrong second factor counts like a wrong password towards the lockout. */
	void secondFactorFailed(HttpServletRequest request, SignedInUser user) {
		limiter.recordFailure(user.getUsername(), request.getRemoteAddr());
		recorder.failed(user.getUsername(), "wrong second factor");
	}

	boolean allowsAttempt(HttpServletRequest request, String username) {
		return limiter.allows(username, request.getRemoteAddr());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException, jakarta.servlet.ServletException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth instanceof MfaPendingAuthentication pending) {
			response.sendRedirect(request.getContextPath() + pending.step().page);
			return;
		}
		org.mizani.platform.SecurityLog.denied(request);
		denied.handle(request, response, exception);
	}

	private void pending(HttpServletRequest request, HttpServletResponse response, SignedInUser user,
			MfaPendingAuthentication.Step step) throws IOException {
		save(request, response, new MfaPendingAuthentication(user, step));
		response.sendRedirect(request.getContextPath() + step.page);
	}

	private void save(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(auth);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	private String preferredLanguage(SignedInUser user) {
		return recorder.preferredLanguage(user.userId());
	}
}
