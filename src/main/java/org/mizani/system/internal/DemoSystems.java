package org.mizani.system.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.Actor;
import org.mizani.platform.DemoData;
import org.mizani.platform.SystemCaller;
import org.mizani.platform.Today;
import org.mizani.system.Criticality;
import org.mizani.system.DataClassification;
import org.mizani.system.Hosting;
import org.mizani.system.SystemActivity;
import org.mizani.system.SystemForm;
import org.mizani.system.SystemStatus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: the systems registers of a dozen demo institutions — critical revenue, identity and
 * payment systems, ordinary web portals, systems in development and retired, some without a business
 * owner — so that the completeness view has gaps to show.
 */
@Component
@Profile("demo")
@Order(45)
class DemoSystems implements ApplicationRunner {

	private static final Criticality C = Criticality.CRITICAL, H = Criticality.HIGH, M = Criticality.MEDIUM, L = Criticality.LOW;
	private static final Hosting GDC = Hosting.GOVERNMENT_DATA_CENTRE, ON = Hosting.INSTITUTION_PREMISES, CLOUD = Hosting.CLOUD,
			VENDOR = Hosting.VENDOR_HOSTED;

	/** institution, name, purpose, criticality, hosting, owner (blank: none), status, years live, RTO, RPO minutes. */
	private static final List<Object[]> SYSTEMS = List.of(
			row("DODOMA-CC", "Local Government Revenue Collection System", "Collects property rates, levies and service fees.", C, GDC, "Head of Finance", SystemStatus.LIVE, 4, 240, 15),
			row("DODOMA-CC", "Building Permit Portal", "Online applications and approvals of building permits.", H, GDC, "Head of Urban Planning", SystemStatus.LIVE, 2, 1440, 240),
			row("DODOMA-CC", "Council Website", "Public information and notices of the council.", L, GDC, "", SystemStatus.LIVE, 6, 4320, 1440),
			row("DODOMA-CC", "Human Resource Records", "Staff files kept by the council.", M, ON, "", SystemStatus.LIVE, 8, 2880, 1440),
			row("DODOMA-CC", "Market Stall Allocation", "Allocation and billing of market stalls.", M, CLOUD, "Head of Trade", SystemStatus.IN_DEVELOPMENT, 0, 1440, 240),
			row("MOF", "Integrated Financial Management System", "Budget execution, payments and accounts of the Government.", C, GDC, "Accountant General", SystemStatus.LIVE, 10, 120, 5),
			row("MOF", "Government Electronic Payment Gateway", "Collects all public payments through banks and mobile money.", C, GDC, "Director of ICT", SystemStatus.LIVE, 7, 60, 0),
			row("MOF", "Public Debt Register", "Records of domestic and external public debt.", H, GDC, "Commissioner for Public Debt", SystemStatus.LIVE, 9, 1440, 60),
			row("MOF", "Legacy Payroll (retired)", "Former payroll, replaced by the national HR and payroll system.", M, ON, "", SystemStatus.RETIRED, 15, null, null),
			row("NIDA", "National Identity Register", "Registration and verification of citizens and residents.", C, GDC, "Director General", SystemStatus.LIVE, 11, 240, 15),
			row("NIDA", "Identity Verification Service", "Online verification of national identity numbers for public services.", C, GDC, "", SystemStatus.LIVE, 5, 60, 5),
			row("TRA", "Integrated Domestic Revenue Administration System", "Registration, filing and payment of domestic taxes.", C, GDC, "Commissioner Domestic Revenue", SystemStatus.LIVE, 6, 240, 15),
			row("TRA", "Customs Management System", "Clearance of imports and exports.", C, VENDOR, "Commissioner Customs", SystemStatus.LIVE, 8, 120, 15),
			row("TRA", "Electronic Fiscal Devices Backend", "Receipts from electronic fiscal devices.", H, GDC, "Director of ICT", SystemStatus.LIVE, 9, 720, 60),
			row("MOH", "Health Management Information System", "Facility reports and national health statistics.", H, CLOUD, "Director of Health Information", SystemStatus.LIVE, 8, 1440, 240),
			row("MOH", "Electronic Medical Records", "Patient records of referral hospitals.", C, GDC, "", SystemStatus.LIVE, 4, 240, 30),
			row("RITA", "Births and Deaths Registration", "Civil registration of births and deaths.", C, GDC, "Registrar General", SystemStatus.LIVE, 6, 480, 60),
			row("BRELA", "Online Registration System", "Company and business name registration.", H, GDC, "Registrar", SystemStatus.LIVE, 7, 720, 60),
			row("eGA", "Government Service Bus", "Secure data exchange between government systems.", C, GDC, "Director of e-Government Operations", SystemStatus.LIVE, 6, 60, 5),
			row("eGA", "Government Mailing System", "E-mail for public servants.", C, GDC, "Director of Infrastructure", SystemStatus.LIVE, 9, 240, 60),
			row("UDSM", "Academic Records System", "Student admissions, results and transcripts.", H, ON, "Deputy Vice Chancellor Academic", SystemStatus.LIVE, 10, 1440, 240),
			row("TANESCO", "Prepaid Electricity Vending", "Sale of prepaid electricity tokens.", C, VENDOR, "", SystemStatus.LIVE, 12, 60, 5),
			row("MOEST", "Education Management Information System", "School census and statistics.", M, CLOUD, "Director of Policy", SystemStatus.PLANNED, 0, 2880, 1440));

	private final Systems systems;
	private final InstitutionManagement institutions;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Today today;

	DemoSystems(Systems systems, InstitutionManagement institutions, JdbcClient jdbc, TransactionTemplate transaction,
			ApplicationEventPublisher events, Today today) {
		this.systems = systems;
		this.institutions = institutions;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
		this.today = today;
	}

	private static Object[] row(Object... values) {
		return values;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoData.loadOnce(jdbc, transaction, "ict_system", null, () -> {
			for (Object[] r : SYSTEMS) {
				UUID institution = institutions.findByAcronym((String) r[0]).map(InstitutionId::value).orElse(null);
				if (institution == null) {
					continue;
				}
				SystemStatus status = (SystemStatus) r[6];
				int years = (Integer) r[7];
				LocalDate goLive = status == SystemStatus.PLANNED || status == SystemStatus.IN_DEVELOPMENT
						? today.date().plusMonths(8) : today.date().minusYears(years).withDayOfMonth(1);
				Criticality criticality = (Criticality) r[3];
				SystemForm form = new SystemForm((String) r[1], (String) r[2], "ICT Unit", (String) r[5], criticality,
						(Hosting) r[4], criticality == C ? DataClassification.CONFIDENTIAL : DataClassification.INTERNAL,
						criticality == C, criticality == C ? "Government Service Bus; Government Electronic Payment Gateway" : null,
						null, "Java, PostgreSQL", r[4] == VENDOR ? "Contracted vendor" : null, goLive, status,
						(Integer) r[8], (Integer) r[9]);
				UUID id = UUID.randomUUID();
				systems.insert(id, institution, form, SystemCaller.SYSTEM);
				events.publishEvent(new SystemActivity("system.registered", id.toString(), institution,
						form.name() + " (demo data)", Actor.anonymous("demo-data")));
			}
		});
	}
}
