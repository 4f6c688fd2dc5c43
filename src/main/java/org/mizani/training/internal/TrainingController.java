package org.mizani.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.FormErrors;
import org.mizani.platform.Language;
import org.mizani.platform.Redirects;
import org.mizani.training.AttendanceMark;
import org.mizani.training.NominationForm;
import org.mizani.training.ParticipantStatus;
import org.mizani.training.ProgrammeForm;
import org.mizani.training.ProgrammeView;
import org.mizani.training.SessionForm;
import org.mizani.training.SessionStatus;
import org.mizani.training.SessionView;
import org.mizani.training.TrainingDelivery;
import org.mizani.training.TrainingManagement;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/training")
class TrainingController {

	private final TrainingManagement training;
	private final TrainingDelivery delivery;
	private final MessageSource messages;
	private final org.mizani.training.KnowledgeTests tests;
	private final org.mizani.training.FollowUps followUps;
	private final org.mizani.training.TrainingImpact impactOf;
	private final ImpactExports impactExports;
	private final TrainingExports exports;
	private final org.mizani.platform.Today today;
	private final org.mizani.institution.InstitutionManagement institutions;

	TrainingController(TrainingManagement training, TrainingDelivery delivery, MessageSource messages,
			org.mizani.training.KnowledgeTests tests, org.mizani.training.FollowUps followUps,
			org.mizani.institution.InstitutionManagement institutions, org.mizani.training.TrainingImpact impactOf,
			ImpactExports impactExports, org.mizani.platform.Today today, TrainingExports exports) {
		this.exports = exports;
		this.impactOf = impactOf;
		this.impactExports = impactExports;
		this.today = today;
		this.followUps = followUps;
		this.institutions = institutions;
		this.tests = tests;
		this.training = training;
		this.delivery = delivery;
		this.messages = messages;
	}

	@GetMapping
	String programmes(Model model) {
		model.addAttribute("programmes", training.programmes());
		return "training/programmes";
	}

	@GetMapping("/programmes/new")
	String newProgramme(Model model) {
		model.addAttribute("form", new ProgrammeForm("", "", LocalDate.now().getYear(), 200, 4, "TCRA", null, "", null));
		model.addAttribute("errors", FormErrors.none());
		return "training/programme-form";
	}

	@PostMapping("/programmes/new")
	String createProgramme(@RequestParam(required = false) String titleSw, @RequestParam(required = false) String titleEn,
			@RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String targetInstitutions,
			@RequestParam(required = false) String phases, @RequestParam(required = false) String coOrganisers,
			@RequestParam(required = false) String budgetTzs, @RequestParam(required = false) String modules,
			@RequestParam(required = false) String certificatePassMark, Model model,
			Locale locale, RedirectAttributes redirect) {
		Map<String, String> typed = new HashMap<>();
		ProgrammeForm form = new ProgrammeForm(titleSw, titleEn, number(fiscalYear, "fiscalYear", typed),
				number(targetInstitutions, "targetInstitutions", typed), number(phases, "phases", typed), coOrganisers,
				decimal(budgetTzs, typed), modules,
				certificatePassMark == null || certificatePassMark.isBlank() ? null : number(certificatePassMark, "certificatePassMark", typed));
		try {
			if (!typed.isEmpty()) {
				throw new BusinessRuleException(typed.keySet().stream().map(f -> new FieldProblem(f, "validation.type")).toList());
			}
			ProgrammeView created = training.createProgramme(form);
			redirect.addFlashAttribute("flash", "training.programme.created");
			return "redirect:/training/programmes/" + created.id();
		}
		catch (BusinessRuleException e) {
			model.addAttribute("form", form);
			model.addAttribute("errors", FormErrors.of(e.problems(), messages, locale));
			return "training/programme-form";
		}
	}

	private static Integer number(String text, String field, Map<String, String> wrong) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			wrong.put(field, text);
			return null;
		}
	}

	private static BigDecimal decimal(String text, Map<String, String> wrong) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			wrong.put("budgetTzs", text);
			return null;
		}
	}

	@GetMapping("/programmes/{id}")
	String programme(@PathVariable UUID id, Model model) {
		model.addAttribute("plan", training.plan(id));
		model.addAttribute("followUpSummary", followUps.summary(id));
		model.addAttribute("choices", followUps.choices(id));
		model.addAttribute("visits", followUps.visits(id));
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("sessions", training.sessions(id));
		if (Caller.require().hasRole("TRAINING_COORDINATOR")) {
			model.addAttribute("institutionOptions", institutions.options());
		}
		return "training/programme";
	}

	@GetMapping("/programmes/{id}/impact")
	String impact(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		org.mizani.training.ImpactView impact = impactOf.impact(id);
		model.addAttribute("impact", impact);
		model.addAttribute("rows", org.mizani.platform.PageResult.of(impact.institutions(), page, 50));
		return "training/impact";
	}

	@GetMapping("/programmes/{id}/impact.xlsx")
	ResponseEntity<byte[]> impactXlsx(@PathVariable UUID id, Locale locale) {
		byte[] xlsx = impactExports.xlsx(impactOf.impact(id), Language.of(locale));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("training-impact.xlsx").build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).body(xlsx);
	}

	@GetMapping("/programmes/{id}/impact.pdf")
	ResponseEntity<byte[]> impactPdf(@PathVariable UUID id, Locale locale) {
		byte[] pdf = impactExports.pdf(impactOf.impact(id), Language.of(locale), today.date());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("training-impact.pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF).body(pdf);
	}

	@GetMapping("/sessions/new")
	String newSession(@RequestParam UUID programme, Model model) {
		ProgrammeView p = training.programme(programme);
		LocalDate start = LocalDate.now().plusDays(30);
		model.addAttribute("form", new SessionForm(programme, 1, "", start, start.plusDays(4), "", "Dodoma", 50, 2, "",
				p.modules().stream().map(m -> m.code()).toList(), p.coOrganisers()));
		model.addAttribute("programme", p);
		model.addAttribute("errors", FormErrors.none());
		return "training/session-form";
	}

	@PostMapping("/sessions/new")
	String createSession(@RequestParam UUID programmeId, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(required = false) String venue, @RequestParam(required = false) String region,
			@RequestParam(required = false) String capacity, @RequestParam(required = false) String quotaPerInstitution,
			@RequestParam(required = false) String trainers, @RequestParam(required = false) List<String> modules,
			@RequestParam(required = false) String coOrganisers, Model model, Locale locale, RedirectAttributes redirect) {
		Map<String, String> typed = new HashMap<>();
		SessionForm form = new SessionForm(programmeId, number(phase, "phase", typed), title, startsOn, endsOn, venue, region,
				number(capacity, "capacity", typed), number(quotaPerInstitution, "quotaPerInstitution", typed), trainers,
				modules == null ? List.of() : modules, coOrganisers);
		try {
			if (!typed.isEmpty()) {
				throw new BusinessRuleException(typed.keySet().stream().map(f -> new FieldProblem(f, "validation.type")).toList());
			}
			SessionView created = training.createSession(form);
			redirect.addFlashAttribute("flash", "training.session.created");
			return "redirect:/training/sessions/" + created.id();
		}
		catch (BusinessRuleException e) {
			model.addAttribute("form", form);
			model.addAttribute("programme", training.programme(programmeId));
			model.addAttribute("errors", FormErrors.of(e.problems(), messages, locale));
			return "training/session-form";
		}
	}

	@GetMapping("/sessions/{id}/participants.xlsx")
	void participants(@PathVariable UUID id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		SessionView session = training.session(id);
		List<org.mizani.training.ParticipantView> participants = delivery.participants(id);
		exports.participants(session, participants, org.mizani.platform.Downloads.export(response, org.mizani.platform.TabularFile.XLSX, "participants.xlsx"));
	}

	@GetMapping("/sessions/{id}")
	String session(@PathVariable UUID id, Model model) {
		SessionView session = training.session(id);
		Caller caller = Caller.require();
		model.addAttribute("meeting", session);
		model.addAttribute("programme", training.programme(session.programmeId()));
		model.addAttribute("participants", delivery.participants(id));
		model.addAttribute("coordinator", caller.hasRole("TRAINING_COORDINATOR"));
		model.addAttribute("bundle", caller.hasRole("TRAINING_COORDINATOR") ? delivery.latestCertificateBundle(id).orElse(null) : null);
		model.addAttribute("canNominate", !caller.authority() && (caller.hasRole("ICT_OFFICER") || caller.hasRole("INSTITUTION_HEAD"))
				&& session.status() == SessionStatus.OPEN);
		model.addAttribute("testsOpen", tests.testsOpen(id));
		model.addAttribute("results", tests.results(id));
		model.addAttribute("surveySummary", tests.survey(id));
		model.addAttribute("me", tests.me(id).orElse(null));
		model.addAttribute("kinds", org.mizani.training.TestKind.values());
		model.addAttribute("next", Arrays.stream(SessionStatus.values()).filter(s -> SessionRules.canMove(session.status(), s)).toList());
		model.addAttribute("marks", AttendanceMark.values());
		model.addAttribute("decisions", List.of(ParticipantStatus.APPROVED, ParticipantStatus.WAITLISTED, ParticipantStatus.DECLINED,
				ParticipantStatus.WITHDRAWN));
		return "training/session";
	}

	@PostMapping("/sessions/{id}/status")
	String status(@PathVariable UUID id, @RequestParam(required = false) SessionStatus to,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		return Redirects.after(() -> training.changeStatus(id, to, version), "/training/sessions/" + id, "training.session.moved",
				redirect);
	}

	@PostMapping("/sessions/{id}/nominations")
	String nominate(@PathVariable UUID id, @RequestParam(required = false) String fullName,
			@RequestParam(required = false) String email, @RequestParam(required = false) String position,
			RedirectAttributes redirect) {
		return Redirects.after(() -> delivery.nominate(id, new NominationForm(fullName, email, position)), "/training/sessions/" + id,
				"training.nominated", redirect);
	}

	@PostMapping("/participants/{participant}/decision")
	String decide(@PathVariable UUID participant, @RequestParam(required = false) ParticipantStatus decision,
			@RequestParam UUID session, RedirectAttributes redirect) {
		return Redirects.after(() -> delivery.decide(participant, decision), "/training/sessions/" + session, "training.decided",
				redirect);
	}

	/** One day's marks for every participant on one screen: {@code mark-<participant id>=PRESENT|LATE|EXCUSED|ABSENT}. */
	@PostMapping("/sessions/{id}/attendance")
	String attendance(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			HttpServletRequest request, RedirectAttributes redirect) {
		return Redirects.after(() -> {
			Map<UUID, AttendanceMark> marks = new HashMap<>();
			for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
				if (p.getKey().startsWith("mark-") && p.getValue().length > 0 && !p.getValue()[0].isBlank()) {
					try {
						marks.put(UUID.fromString(p.getKey().substring(5)), AttendanceMark.valueOf(p.getValue()[0]));
					}
					catch (IllegalArgumentException e) {
						throw BusinessRuleException.onField("marks", "validation.type");
					}
				}
			}
			delivery.markAttendance(id, day, marks);
		}, "/training/sessions/" + id + (day == null ? "" : "?day=" + day), "training.attendance.saved", redirect);
	}

	@PostMapping("/sessions/{id}/certificates/bundle")
	String bundle(@PathVariable UUID id, @RequestParam(required = false) String lang, Locale locale, RedirectAttributes redirect) {
		Language language = lang != null && Language.isSupported(lang) ? Language.fromCode(lang) : Language.of(locale);
		return Redirects.after(() -> delivery.bundleCertificates(id, language), "/training/sessions/" + id + "#certificates",
				"training.bundle.started", redirect);
	}

	/** The bundle's progress, polled by the session page until it is done. */
	@GetMapping("/bundles/{id}")
	String bundleProgress(@PathVariable UUID id, Model model) {
		model.addAttribute("bundle", delivery.certificateBundle(id));
		return "training/session :: bundle";
	}

	@GetMapping("/bundles/{id}/certificates.zip")
	ResponseEntity<org.springframework.core.io.InputStreamResource> bundleZip(@PathVariable UUID id) {
		org.mizani.training.CertificateBundleView bundle = delivery.certificateBundle(id);
		java.io.InputStream zip = delivery.openCertificateBundle(id);
		return org.mizani.platform.Downloads.attachment("certificates-" + bundle.language().code() + ".zip", "application/zip",
				bundle.size(), zip);
	}

	@PostMapping("/sessions/{id}/certificates")
	String issue(@PathVariable UUID id, RedirectAttributes redirect) {
		int[] issued = new int[1];
		String target = Redirects.after(() -> issued[0] = delivery.issueCertificates(id), "/training/sessions/" + id,
				"training.certificates.issued", redirect);
		redirect.addFlashAttribute("issued", issued[0]);
		return target;
	}

	@PostMapping("/participants/{participant}/revoke")
	String revoke(@PathVariable UUID participant, @RequestParam UUID session, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return Redirects.after(() -> delivery.revokeCertificate(participant, reason), "/training/sessions/" + session,
				"training.certificate.revoked", redirect);
	}

	@GetMapping("/participants/{participant}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable UUID participant, @RequestParam(required = false) String lang, Locale locale) {
		Language language = lang != null && Language.isSupported(lang) ? Language.fromCode(lang) : Language.of(locale);
		byte[] pdf = delivery.certificatePdf(participant, language);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("certificate.pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF).body(pdf);
	}
}
