package org.mizani.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.mizani.platform.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two ways in. The API ({@code /api/**}, {@code /actuator/**}) is stateless and takes only personal
 * API tokens, so it needs no CSRF protection. The web application uses database sessions, form
 * sign-in with a second factor, and CSRF tokens on every form.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@org.springframework.boot.context.properties.EnableConfigurationProperties(SingleSignOnSettings.class)
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";
	/** Swagger UI sets inline styles; its scripts are still only our own. */
	static final String CSP_API_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Requests the firewall refuses (encoded slashes, null bytes, path traversal...) get the same
	 * answer as any bad request: a problem on the API, a plain 400 (rendered by the error page) elsewhere.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(MessageSource messages, LocaleResolver locales) {
		return (request, response, rejected) -> {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				ProblemResponses.write(response, 400, text(messages, locales, request, "error.title.400"),
						text(messages, locales, request, "error.detail.400"));
			}
			else {
				response.sendError(400);
			}
		};
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	LockoutPolicy lockoutPolicy(@Value("${mizani.security.lockout.max-failures}") int maxFailures,
			@Value("${mizani.security.lockout.duration}") Duration duration) {
		return new LockoutPolicy(maxFailures, duration);
	}

	@Bean
	SignInRateLimiter signInRateLimiter(@Value("${mizani.security.rate-limit.per-account}") int perAccount,
			@Value("${mizani.security.rate-limit.per-address}") int perAddress,
			@Value("${mizani.security.rate-limit.window}") Duration window) {
		return new SignInRateLimiter(perAccount, perAddress, window);
	}

	@Bean
	PasswordPolicy passwordPolicy(@Value("${mizani.security.password-denylist:}") String denylist) {
		return denylist.isBlank() ? PasswordPolicy.withBuiltInList() : PasswordPolicy.withBuiltInListAnd(java.nio.file.Path.of(denylist));
	}

	@Bean
	Totp totp(Clock clock) {
		return new Totp(clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, Clock clock, MessageSource messages,
			LocaleResolver locales, @Value("${mizani.security.rate-limit.api-per-minute}") int apiPerMinute) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, e) -> ProblemResponses.write(response, 401,
				text(messages, locales, request, "error.title.401"), text(messages, locales, request, "error.detail.401"));
		AccessDeniedHandler forbidden = (request, response, e) -> {
			org.mizani.platform.SecurityLog.denied(request);
			ProblemResponses.write(response, 403, text(messages, locales, request, "error.title.403"),
					text(messages, locales, request, "error.detail.403"));
		};
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(a -> a
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").hasRole("AUTHORITY_ADMIN")
				.anyRequest().authenticated())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(c -> c.disable())
			.csrf(c -> c.disable())
			.formLogin(f -> f.disable())
			.httpBasic(b -> b.disable())
			.logout(l -> l.disable())
			.addFilterBefore(new ApiTokenFilter(tokens, unauthorized, clock), AnonymousAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)));
		if (apiPerMinute > 0) {
			http.addFilterAfter(new ApiRateLimitFilter(apiPerMinute, messages, locales), AnonymousAuthenticationFilter.class);
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, SignInFlow flow, SecurityContextRepository contexts,
			SignInRateLimiter limiter, SingleSignOnSettings sso, SingleSignOnRegistrations registrations,
			SingleSignOnUsers ssoUsers, Clock clock,
			@Value("${mizani.security.session-max-lifetime}") Duration sessionMaxLifetime) throws Exception {
		if (sso.enabled()) {
			http.oauth2Login(o -> o.loginPage("/login")
				.clientRegistrationRepository(registrations)
				.authorizationEndpoint(a -> a.authorizationRequestResolver(new SingleSignOnRequests(registrations)))
				.authorizedClientRepository(new NothingKept())
				.userInfoEndpoint(u -> u.oidcUserService(ssoUsers))
				.successHandler(flow::singleSignOnSucceeded)
				.failureHandler(flow::singleSignOnFailed));
		}
		http.authorizeHttpRequests(a -> a
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				.requestMatchers("/login", "/login/sso", "/password/forgot", "/password/reset", "/password/reset/open", "/webjars/**", "/css/**", "/js/**",
						"/img/**", "/favicon.ico", "/error", "/verify", "/verify/**").permitAll()
				.requestMatchers("/login/mfa").hasAuthority(MfaPendingAuthentication.Step.VERIFY.authority)
				.requestMatchers("/account/mfa/enrol").access(enrolling())
				.requestMatchers("/admin/**", "/institutions/new", "/institutions/*/edit", "/institutions/import",
						"/institutions/import/**").access(fully("AUTHORITY_ADMIN"))
				.requestMatchers(HttpMethod.POST, "/institutions", "/institutions/*").access(fully("AUTHORITY_ADMIN"))
				.requestMatchers("/catalogs/import", "/catalogs/new", "/catalogs/versions/*/items/**", "/catalogs/versions/*/items",
						"/catalogs/versions/*/drafts", "/catalogs/versions/*/publish", "/catalogs/versions/*/profiles").access(fully("COMPLIANCE_OFFICER", "AUTHORITY_ADMIN"))
				.requestMatchers("/campaigns/new", "/campaigns/*/edit", "/campaigns/*/launch", "/campaigns/*/remind",
						"/campaigns/*/close", "/campaigns/assessments/**").access(fully("COMPLIANCE_OFFICER"))
				.requestMatchers("/projects/new", "/projects/*/edit").access(fully("ICT_OFFICER", "INSTITUTION_HEAD"))
				.requestMatchers("/systems/new", "/systems/*/edit", "/systems/import", "/systems/import/**")
					.access(fully("ICT_OFFICER", "INSTITUTION_HEAD"))
				.requestMatchers("/incidents/taxonomy/**").access(fully("SECURITY_ANALYST", "AUTHORITY_ADMIN"))
				.requestMatchers("/incidents/new").access(fully("ICT_OFFICER", "INSTITUTION_HEAD", "SECURITY_ANALYST"))
				.requestMatchers(HttpMethod.POST, "/incidents/*/triage", "/incidents/*/transition", "/incidents/*/assign",
						"/incidents/*/escalate", "/incidents/*/tasks", "/incidents/*/tasks/**", "/incidents/*/timeline",
						"/incidents/*/indicators", "/incidents/*/indicators/**", "/incidents/*/stages/*/review")
					.access(fully("SECURITY_ANALYST"))
				.requestMatchers("/training/programmes/new", "/training/sessions/new").access(fully("TRAINING_COORDINATOR"))
				.requestMatchers(HttpMethod.POST, "/training/sessions/*/status", "/training/sessions/*/attendance",
						"/training/sessions/*/certificates", "/training/sessions/*/certificates/bundle", "/training/participants/*/decision",
						"/training/participants/*/revoke").access(fully("TRAINING_COORDINATOR"))
				.requestMatchers(HttpMethod.POST, "/training/sessions/*/nominations").access(fully("ICT_OFFICER", "INSTITUTION_HEAD"))
				.requestMatchers("/training/programmes/*/questions", "/training/questions/**", "/training/bundles/**").access(fully("TRAINING_COORDINATOR"))
				.requestMatchers(HttpMethod.POST, "/training/programmes/*/visits", "/training/visits/*/actions")
					.access(fully("TRAINING_COORDINATOR"))
				.requestMatchers(HttpMethod.POST, "/training/sessions/*/tests/*/open", "/training/sessions/*/tests/*/close")
					.access(fully("TRAINING_COORDINATOR"))
				.requestMatchers(HttpMethod.POST, "/continuity/systems/*/plan", "/continuity/plans/*/document",
						"/continuity/plans/*/drills", "/continuity/drills/*/actions", "/continuity/drills/*/actions/**")
					.access(fully("ICT_OFFICER", "INSTITUTION_HEAD"))
				.anyRequest().access(fully()))
			.formLogin(f -> f.loginPage("/login").successHandler(flow).failureHandler(flow).permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
				// the browser forgets what it cached and stored of the session (over HTTPS, where the header applies)
				.addLogoutHandler(new org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler(
						new org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter(
								org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive.CACHE,
								org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive.STORAGE))))
			.securityContext(c -> c.securityContextRepository(contexts))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.exceptionHandling(e -> e.accessDeniedHandler(flow))
			.addFilterBefore(new SignInRateLimitFilter(limiter), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new SessionLifetimeFilter(sessionMaxLifetime, clock),
					org.springframework.security.web.context.SecurityContextHolderFilter.class)
			.headers(h -> h
				.addHeaderWriter(contentSecurityPolicy())
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.httpStrictTransportSecurity(s -> s.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
		return http.build();
	}

	/**
	 * Mizani calls nothing at the identity provider after sign-in, so it keeps none of its tokens
	 * (they would otherwise sit in memory or in the session).
	 */
	private static final class NothingKept implements org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository {

		@Override
		public <T extends org.springframework.security.oauth2.client.OAuth2AuthorizedClient> T loadAuthorizedClient(
				String registrationId, Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(org.springframework.security.oauth2.client.OAuth2AuthorizedClient client,
				Authentication principal, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response) {
		}
	}

	private static HeaderWriter contentSecurityPolicy() {
		return (request, response) -> {
			if (!response.containsHeader("Content-Security-Policy")) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				boolean apiDocs = path.startsWith("/swagger-ui") || path.startsWith("/v3/api-docs");
				response.setHeader("Content-Security-Policy", apiDocs ? CSP_API_DOCS : CSP);
			}
		};
	}

	/** Signed in with every required factor, and (when given) holding the role. */
	private static AuthorizationManager<RequestAuthorizationContext> fully(String... roles) {
		return new AuthorizationManager<>() {
			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					RequestAuthorizationContext context) {
				Authentication auth = authentication.get();
				boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
						&& !(auth instanceof MfaPendingAuthentication);
				boolean hasRole = roles.length == 0 || (signedIn && auth.getAuthorities().stream()
					.anyMatch(g -> java.util.Arrays.stream(roles).anyMatch(role -> ("ROLE_" + role).equals(g.getAuthority()))));
				return new AuthorizationDecision(signedIn && hasRole);
			}
		};
	}

	/** The MFA set-up page: for a user who must enrol before going on, and for fully signed-in users. */
	private static AuthorizationManager<RequestAuthorizationContext> enrolling() {
		AuthorizationManager<RequestAuthorizationContext> full = fully();
		return new AuthorizationManager<>() {
			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					RequestAuthorizationContext context) {
				Authentication auth = authentication.get();
				if (auth instanceof MfaPendingAuthentication pending) {
					return new AuthorizationDecision(pending.step() == MfaPendingAuthentication.Step.ENROL);
				}
				return full.authorize(authentication, context);
			}
		};
	}

	private static String text(MessageSource messages, LocaleResolver locales, HttpServletRequest request, String code) {
		Locale locale = locales.resolveLocale(request);
		return messages.getMessage(code, null, code, locale);
	}
}
