package org.mizani.training.internal;

import static org.mizani.platform.Versions.etag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mizani.platform.Downloads;
import org.mizani.platform.Language;
import org.mizani.platform.Versions;
import org.mizani.training.AttendanceMark;
import org.mizani.training.CertificateBundleView;
import org.mizani.training.NominationForm;
import org.mizani.training.ParticipantStatus;
import org.mizani.training.ParticipantView;
import org.mizani.training.PlanProgress;
import org.mizani.training.ProgrammeForm;
import org.mizani.training.ProgrammeView;
import org.mizani.training.SessionForm;
import org.mizani.training.SessionStatus;
import org.mizani.training.SessionView;
import org.mizani.training.TrainingDelivery;
import org.mizani.training.TrainingManagement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training")
class TrainingApiController {

	private final TrainingManagement training;
	private final TrainingDelivery delivery;
	private final org.mizani.training.TrainingImpact impact;

	TrainingApiController(TrainingManagement training, TrainingDelivery delivery, org.mizani.training.TrainingImpact impact) {
		this.impact = impact;
		this.training = training;
		this.delivery = delivery;
	}

	@GetMapping("/programmes")
	List<ProgrammeView> programmes() {
		return training.programmes();
	}

	@PostMapping("/programmes")
	ResponseEntity<ProgrammeView> createProgramme(@Valid @RequestBody ProgrammeForm form) {
		ProgrammeView view = training.createProgramme(form);
		return ResponseEntity.created(URI.create("/api/v1/training/programmes/" + view.id())).body(view);
	}

	@GetMapping("/programmes/{id}")
	ProgrammeView programme(@PathVariable UUID id) {
		return training.programme(id);
	}

	@GetMapping("/programmes/{id}/plan")
	@Operation(summary = "Target against institutions and officers reached, per phase, institution type and region")
	PlanProgress plan(@PathVariable UUID id) {
		return training.plan(id);
	}

	@GetMapping("/programmes/{id}/impact")
	@Operation(summary = "Scores and incidents of trained institutions before and after, against institutions not reached; null effects mean not enough data")
	org.mizani.training.ImpactView impact(@PathVariable UUID id) {
		return impact.impact(id);
	}

	@GetMapping("/programmes/{id}/sessions")
	List<SessionView> sessions(@PathVariable UUID id) {
		return training.sessions(id);
	}

	@PostMapping("/sessions")
	ResponseEntity<SessionView> createSession(@Valid @RequestBody SessionForm form) {
		SessionView view = training.createSession(form);
		return ResponseEntity.created(URI.create("/api/v1/training/sessions/" + view.id())).eTag(etag(view.version())).body(view);
	}

	@GetMapping("/sessions/{id}")
	ResponseEntity<SessionView> session(@PathVariable UUID id) {
		SessionView view = training.session(id);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	record StatusChange(@NotNull SessionStatus to) {
	}

	@PostMapping("/sessions/{id}/status")
	ResponseEntity<SessionView> status(@PathVariable UUID id, @Valid @RequestBody StatusChange change,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		long version = ifMatch == null ? training.session(id).version() : Versions.fromIfMatch(ifMatch, "session");
		SessionView view = training.changeStatus(id, change.to(), version);
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	@GetMapping("/sessions/{id}/participants")
	List<ParticipantView> participants(@PathVariable UUID id) {
		return delivery.participants(id);
	}

	@PostMapping("/sessions/{id}/nominations")
	@ResponseStatus(HttpStatus.CREATED)
	ParticipantView nominate(@PathVariable UUID id, @Valid @RequestBody NominationForm form) {
		return delivery.nominate(id, form);
	}

	record Decision(@NotNull ParticipantStatus decision) {
	}

	@PostMapping("/nominations/{participant}/decision")
	ParticipantView decide(@PathVariable UUID participant, @Valid @RequestBody Decision decision) {
		return delivery.decide(participant, decision.decision());
	}

	record Attendance(@NotNull LocalDate day, @NotNull @Size(max = 5000) Map<UUID, AttendanceMark> marks) {
	}

	@PutMapping("/sessions/{id}/attendance")
	ResponseEntity<Void> attendance(@PathVariable UUID id, @Valid @RequestBody Attendance attendance) {
		delivery.markAttendance(id, attendance.day(), attendance.marks());
		return ResponseEntity.noContent().build();
	}

	record Issued(int issued) {
	}

	@PostMapping("/sessions/{id}/certificates")
	@Operation(summary = "Issues certificates to every approved participant of a completed session who attended enough")
	Issued issue(@PathVariable UUID id) {
		return new Issued(delivery.issueCertificates(id));
	}

	record Revocation(@NotBlank @Size(max = 2000) String reason) {
	}

	@PostMapping("/certificates/{participant}/revocation")
	ResponseEntity<Void> revoke(@PathVariable UUID participant, @Valid @RequestBody Revocation revocation) {
		delivery.revokeCertificate(participant, revocation.reason());
		return ResponseEntity.noContent().build();
	}

	/** The language of the certificates in a bundle: "sw" or "en". */
	record BundleRequest(@NotNull @jakarta.validation.constraints.Pattern(regexp = "sw|en") String language) {
	}

	@PostMapping("/sessions/{id}/certificates/bundle")
	@Operation(summary = "Starts rendering every valid certificate of the session into one ZIP; poll the bundle until it is DONE")
	ResponseEntity<CertificateBundleView> bundle(@PathVariable UUID id, @Valid @RequestBody BundleRequest request) {
		CertificateBundleView bundle = delivery.bundleCertificates(id, Language.fromCode(request.language()));
		return ResponseEntity.accepted().location(URI.create("/api/v1/training/certificate-bundles/" + bundle.id())).body(bundle);
	}

	@GetMapping("/certificate-bundles/{id}")
	CertificateBundleView bundleStatus(@PathVariable UUID id) {
		return delivery.certificateBundle(id);
	}

	@GetMapping("/certificate-bundles/{id}/download")
	@Operation(summary = "The finished bundle's ZIP; 422 while it is still rendering")
	ResponseEntity<org.springframework.core.io.InputStreamResource> bundleDownload(@PathVariable UUID id) {
		CertificateBundleView bundle = delivery.certificateBundle(id);
		java.io.InputStream zip = delivery.openCertificateBundle(id);
		return Downloads.attachment("certificates-" + bundle.language().code() + ".zip", "application/zip", bundle.size(), zip);
	}
}
