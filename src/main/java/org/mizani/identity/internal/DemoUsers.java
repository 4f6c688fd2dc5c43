package org.mizani.identity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.mizani.identity.Role;
import org.mizani.identity.UserDetailsForm;
import org.mizani.identity.UserId;
import org.mizani.identity.UserInvited;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.Actor;
import org.mizani.platform.Language;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** One demo sign-in per role (listed in the README), all with {@link #PASSWORD}. */
@Component
@Profile("demo")
@Order(20)
class DemoUsers implements ApplicationRunner {

	static final String PASSWORD = "Mizani-Demo-2026";

	/** role, e-mail, full name, institution acronym (null for authority staff). */
	static final List<String[]> USERS = List.of(
			new String[] { "AUTHORITY_ADMIN", "admin@ega.go.tz", "Neema Mollel", null },
			new String[] { "COMPLIANCE_OFFICER", "compliance@ega.go.tz", "Baraka Mushi", null },
			new String[] { "TRAINING_COORDINATOR", "training@ega.go.tz", "Rehema Kweka", null },
			new String[] { "SECURITY_ANALYST", "security@ega.go.tz", "Juma Lyimo", null },
			new String[] { "PROJECT_REVIEWER", "projects@ega.go.tz", "Zawadi Mrema", null },
			new String[] { "EXECUTIVE", "executive@ega.go.tz", "Hassan Kombo", null },
			new String[] { "PARTNER", "cert@tcra.go.tz", "Amina Salum", "TCRA" },
			new String[] { "ICT_OFFICER", "ict.officer@dodomacc.go.tz", "Emmanuel Mbwambo", "DODOMA-CC" },
			new String[] { "INSTITUTION_HEAD", "head@dodomacc.go.tz", "Grace Mwakalinga", "DODOMA-CC" },
			new String[] { "VIEWER", "viewer@dodomacc.go.tz", "Petro Shirima", "DODOMA-CC" },
			new String[] { "ICT_OFFICER", "ict.officer@mof.go.tz", "Halima Nyerere", "MOF" });

	private final Users users;
	private final InstitutionManagement institutions;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;

	DemoUsers(Users users, InstitutionManagement institutions, PasswordEncoder encoder, ApplicationEventPublisher events,
			TransactionTemplate transaction) {
		this.users = users;
		this.institutions = institutions;
		this.encoder = encoder;
		this.events = events;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			String hash = encoder.encode(PASSWORD);
			for (String[] u : USERS) {
				UUID institution = u[3] == null ? null
						: institutions.findByAcronym(u[3]).map(InstitutionId::value).orElseThrow();
				UserDetailsForm form = new UserDetailsForm(u[2], u[1], null, institution,
						EnumSet.of(Role.valueOf(u[0])), u[1].endsWith("mof.go.tz") ? Language.EN : Language.SW);
				UUID id = UUID.randomUUID();
				users.insert(id, form, hash);
				events.publishEvent(new UserInvited(new UserId(id), institution, u[1] + " as " + u[0] + " (demo data)",
						Actor.anonymous("demo-data")));
			}
		});
	}
}
