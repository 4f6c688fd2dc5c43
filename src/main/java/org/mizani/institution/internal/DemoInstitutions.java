package org.mizani.institution.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mizani.institution.InstitutionDetails;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionRegistered;
import org.mizani.institution.InstitutionType;
import org.mizani.platform.Actor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: the authority, its partner regulator and public institutions of every type across
 * regions, named after real Tanzanian public bodies. Loaded once, into an empty register.
 */
@Component
@Profile("demo")
@Order(10)
class DemoInstitutions implements ApplicationRunner {

	private static final InstitutionType M = InstitutionType.MINISTRY;
	private static final InstitutionType D = InstitutionType.INDEPENDENT_DEPARTMENT;
	private static final InstitutionType A = InstitutionType.EXECUTIVE_AGENCY;
	private static final InstitutionType R = InstitutionType.REGIONAL_SECRETARIAT;
	private static final InstitutionType L = InstitutionType.LOCAL_GOVERNMENT_AUTHORITY;
	private static final InstitutionType P = InstitutionType.PUBLIC_CORPORATION;

	/** acronym, English name, Kiswahili name, type, sector, region, parent acronym, web domain. */
	private static final List<Object[]> INSTITUTIONS = List.of(
			row("PO-PSMGG", "President's Office – Public Service Management and Good Governance", "Ofisi ya Rais – Menejimenti ya Utumishi wa Umma na Utawala Bora", M, "Public service", "Dodoma", null, "utumishi.go.tz"),
			row("PO-RALG", "President's Office – Regional Administration and Local Government", "Ofisi ya Rais – Tawala za Mikoa na Serikali za Mitaa", M, "Local government", "Dodoma", null, "tamisemi.go.tz"),
			row("PMO", "Prime Minister's Office", "Ofisi ya Waziri Mkuu", M, "Coordination", "Dodoma", null, "pmo.go.tz"),
			row("MOF", "Ministry of Finance", "Wizara ya Fedha", M, "Finance", "Dodoma", null, "mof.go.tz"),
			row("MOH", "Ministry of Health", "Wizara ya Afya", M, "Health", "Dodoma", null, "moh.go.tz"),
			row("MOEST", "Ministry of Education, Science and Technology", "Wizara ya Elimu, Sayansi na Teknolojia", M, "Education", "Dodoma", null, "moe.go.tz"),
			row("MICIT", "Ministry of Information, Communication and Information Technology", "Wizara ya Habari, Mawasiliano na Teknolojia ya Habari", M, "ICT", "Dodoma", null, "mawasiliano.go.tz"),
			row("MOHA", "Ministry of Home Affairs", "Wizara ya Mambo ya Ndani ya Nchi", M, "Security", "Dodoma", null, "moha.go.tz"),
			row("MOA", "Ministry of Agriculture", "Wizara ya Kilimo", M, "Agriculture", "Dodoma", null, "kilimo.go.tz"),
			row("MOW", "Ministry of Water", "Wizara ya Maji", M, "Water", "Dodoma", null, "maji.go.tz"),
			row("MLHHSD", "Ministry of Lands, Housing and Human Settlements Development", "Wizara ya Ardhi, Nyumba na Maendeleo ya Makazi", M, "Lands", "Dodoma", null, "lands.go.tz"),
			row("eGA", "e-Government Authority", "Mamlaka ya Serikali Mtandao", A, "ICT", "Dodoma", "PO-PSMGG", "ega.go.tz"),
			row("TCRA", "Tanzania Communications Regulatory Authority", "Mamlaka ya Mawasiliano Tanzania", P, "ICT", "Dar es Salaam", "MICIT", "tcra.go.tz"),
			row("NAOT", "National Audit Office", "Ofisi ya Taifa ya Ukaguzi", D, "Audit", "Dodoma", null, "nao.go.tz"),
			row("IMMIGRATION", "Immigration Department", "Idara ya Uhamiaji", D, "Security", "Dodoma", "MOHA", "immigration.go.tz"),
			row("NBS", "National Bureau of Statistics", "Ofisi ya Taifa ya Takwimu", A, "Statistics", "Dodoma", "MOF", "nbs.go.tz"),
			row("RITA", "Registration, Insolvency and Trusteeship Agency", "Wakala wa Usajili, Ufilisi na Udhamini", A, "Registration", "Dar es Salaam", null, "rita.go.tz"),
			row("BRELA", "Business Registrations and Licensing Agency", "Wakala wa Usajili wa Biashara na Leseni", A, "Trade", "Dar es Salaam", null, "brela.go.tz"),
			row("TRA", "Tanzania Revenue Authority", "Mamlaka ya Mapato Tanzania", P, "Finance", "Dar es Salaam", "MOF", "tra.go.tz"),
			row("NIDA", "National Identification Authority", "Mamlaka ya Vitambulisho vya Taifa", P, "Identification", "Dar es Salaam", "MOHA", "nida.go.tz"),
			row("PPRA", "Public Procurement Regulatory Authority", "Mamlaka ya Udhibiti wa Ununuzi wa Umma", P, "Procurement", "Dodoma", "MOF", "ppra.go.tz"),
			row("TMDA", "Tanzania Medicines and Medical Devices Authority", "Mamlaka ya Dawa na Vifaa Tiba", P, "Health", "Dodoma", "MOH", "tmda.go.tz"),
			row("TMA", "Tanzania Meteorological Authority", "Mamlaka ya Hali ya Hewa Tanzania", P, "Weather", "Dar es Salaam", null, "meteo.go.tz"),
			row("TPA", "Tanzania Ports Authority", "Mamlaka ya Bandari Tanzania", P, "Transport", "Dar es Salaam", null, "ports.go.tz"),
			row("TANESCO", "Tanzania Electric Supply Company", "Shirika la Umeme Tanzania", P, "Energy", "Dar es Salaam", null, "tanesco.co.tz"),
			row("UDSM", "University of Dar es Salaam", "Chuo Kikuu cha Dar es Salaam", P, "Education", "Dar es Salaam", "MOEST", "udsm.ac.tz"),
			row("UDOM", "University of Dodoma", "Chuo Kikuu cha Dodoma", P, "Education", "Dodoma", "MOEST", "udom.ac.tz"),
			row("DODOMA-RS", "Dodoma Regional Secretariat", "Sekretarieti ya Mkoa wa Dodoma", R, "Local government", "Dodoma", "PO-RALG", "dodoma.go.tz"),
			row("DSM-RS", "Dar es Salaam Regional Secretariat", "Sekretarieti ya Mkoa wa Dar es Salaam", R, "Local government", "Dar es Salaam", "PO-RALG", "dsm.go.tz"),
			row("ARUSHA-RS", "Arusha Regional Secretariat", "Sekretarieti ya Mkoa wa Arusha", R, "Local government", "Arusha", "PO-RALG", "arusha.go.tz"),
			row("MWANZA-RS", "Mwanza Regional Secretariat", "Sekretarieti ya Mkoa wa Mwanza", R, "Local government", "Mwanza", "PO-RALG", "mwanza.go.tz"),
			row("KILIMANJARO-RS", "Kilimanjaro Regional Secretariat", "Sekretarieti ya Mkoa wa Kilimanjaro", R, "Local government", "Kilimanjaro", "PO-RALG", "kilimanjaro.go.tz"),
			row("DODOMA-CC", "Dodoma City Council", "Halmashauri ya Jiji la Dodoma", L, "Local government", "Dodoma", "DODOMA-RS", "dodomacc.go.tz"),
			row("DSM-CC", "Dar es Salaam City Council", "Halmashauri ya Jiji la Dar es Salaam", L, "Local government", "Dar es Salaam", "DSM-RS", "dcc.go.tz"),
			row("KINONDONI-MC", "Kinondoni Municipal Council", "Halmashauri ya Manispaa ya Kinondoni", L, "Local government", "Dar es Salaam", "DSM-RS", "kinondonimc.go.tz"),
			row("ARUSHA-CC", "Arusha City Council", "Halmashauri ya Jiji la Arusha", L, "Local government", "Arusha", "ARUSHA-RS", "arushacc.go.tz"),
			row("MWANZA-CC", "Mwanza City Council", "Halmashauri ya Jiji la Mwanza", L, "Local government", "Mwanza", "MWANZA-RS", "mwanzacc.go.tz"),
			row("MOSHI-MC", "Moshi Municipal Council", "Halmashauri ya Manispaa ya Moshi", L, "Local government", "Kilimanjaro", "KILIMANJARO-RS", "moshimc.go.tz"),
			row("BAHI-DC", "Bahi District Council", "Halmashauri ya Wilaya ya Bahi", L, "Local government", "Dodoma", "DODOMA-RS", "bahidc.go.tz"),
			row("KONGWA-DC", "Kongwa District Council", "Halmashauri ya Wilaya ya Kongwa", L, "Local government", "Dodoma", "DODOMA-RS", "kongwadc.go.tz"));

	private final Institutions institutions;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	DemoInstitutions(Institutions institutions, ApplicationEventPublisher events, JdbcClient jdbc,
			TransactionTemplate transaction) {
		this.institutions = institutions;
		this.events = events;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from institution").query(Long.class).single() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			Map<String, UUID> ids = new HashMap<>();
			Actor actor = Actor.anonymous("demo-data");
			for (Object[] r : INSTITUTIONS) {
				UUID id = UUID.randomUUID();
				String domain = (String) r[7];
				UUID parent = r[6] == null ? null : ids.get((String) r[6]);
				InstitutionDetails details = new InstitutionDetails((String) r[2], (String) r[1], (String) r[0],
						(InstitutionType) r[3], (String) r[4], (String) r[5], parent, "info@" + domain, null,
						null, "https://www." + domain, null, null, null, "ict@" + domain, null);
				institutions.insert(id, details);
				ids.put((String) r[0], id);
				events.publishEvent(new InstitutionRegistered(new InstitutionId(id), r[0] + " — " + r[1] + " (demo data)", actor));
			}
		});
	}

	private static Object[] row(String acronym, String en, String sw, InstitutionType type, String sector,
			String region, String parent, String domain) {
		return new Object[] { acronym, en, sw, type, sector, region, parent, domain };
	}
}
