package org.mizani.training.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.mizani.assessment.ActionForm;
import org.mizani.training.FollowUpAnswers;
import org.mizani.training.FollowUpChoices;
import org.mizani.training.FollowUpSummary;
import org.mizani.training.FollowUpView;
import org.mizani.training.FollowUps;
import org.mizani.training.VisitForm;
import org.mizani.training.VisitView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Follow-ups and visits over JSON: institutions answer their own; the authority reads all, records visits and opens actions. */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training follow-ups")
class FollowUpApiController {

	private final FollowUps followUps;

	FollowUpApiController(FollowUps followUps) {
		this.followUps = followUps;
	}

	@GetMapping("/follow-ups")
	@Operation(summary = "Follow-ups the caller may see (an institution its own), of one programme when given")
	List<FollowUpView> list(@RequestParam(required = false) @Nullable UUID programme) {
		return followUps.followUps(programme);
	}

	@GetMapping("/follow-ups/{id}")
	FollowUpView get(@PathVariable UUID id) {
		return followUps.followUp(id);
	}

	@GetMapping("/programmes/{id}/follow-up-choices")
	@Operation(summary = "The practices per module and the challenges a follow-up of this programme asks about")
	FollowUpChoices choices(@PathVariable UUID id) {
		return followUps.choices(id);
	}

	@PutMapping("/follow-ups/{id}/answers")
	@Operation(summary = "Answers the follow-up (the institution's ICT officers and head, once, from its due date)")
	FollowUpView answer(@PathVariable UUID id, @Valid @RequestBody FollowUpAnswers answers) {
		followUps.answer(id, answers);
		return followUps.followUp(id);
	}

	@GetMapping("/programmes/{id}/follow-up-summary")
	FollowUpSummary summary(@PathVariable UUID id) {
		return followUps.summary(id);
	}

	@GetMapping("/programmes/{id}/visits")
	List<VisitView> visits(@PathVariable UUID id) {
		return followUps.visits(id);
	}

	@PostMapping("/programmes/{id}/visits")
	ResponseEntity<VisitView> recordVisit(@PathVariable UUID id, @Valid @RequestBody VisitForm form) {
		VisitView visit = followUps.recordVisit(id, form);
		return ResponseEntity.created(URI.create("/api/v1/training/programmes/" + id + "/visits")).body(visit);
	}

	@PostMapping("/visits/{id}/actions")
	@Operation(summary = "Opens a remediation action for the visited institution from the visit's findings")
	ResponseEntity<VisitView> openAction(@PathVariable UUID id, @Valid @RequestBody ActionForm form) {
		return ResponseEntity.status(201).body(followUps.openAction(id, form));
	}
}
