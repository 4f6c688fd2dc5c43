package org.mizani.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.Redirects;
import org.mizani.platform.Today;
import org.mizani.training.FollowUpAnswers;
import org.mizani.training.FollowUpView;
import org.mizani.training.FollowUps;
import org.mizani.training.TrainingManagement;
import org.mizani.training.VisitForm;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Follow-ups of trained institutions and the authority's visits. */
@Controller
@RequestMapping("/training")
class FollowUpController {

	private final FollowUps followUps;
	private final TrainingManagement training;
	private final Today today;
	private final TrainingExports exports;

	FollowUpController(FollowUps followUps, TrainingManagement training, Today today, TrainingExports exports) {
		this.exports = exports;
		this.followUps = followUps;
		this.training = training;
		this.today = today;
	}

	@GetMapping("/follow-ups")
	String list(@RequestParam(required = false) UUID programme, Model model) {
		model.addAttribute("followUps", followUps.followUps(programme));
		model.addAttribute("today", today.date());
		return "training/follow-ups";
	}

	@GetMapping("/follow-ups.xlsx")
	void export(@RequestParam(required = false) UUID programme, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		List<FollowUpView> list = followUps.followUps(programme);
		exports.followUps(list, org.mizani.platform.Downloads.export(response, org.mizani.platform.TabularFile.XLSX, "follow-ups.xlsx"));
	}

	@GetMapping("/follow-ups/{id}")
	String followUp(@PathVariable UUID id, Model model) {
		FollowUpView followUp = followUps.followUp(id);
		Caller caller = Caller.require();
		model.addAttribute("followUp", followUp);
		model.addAttribute("programme", training.programme(followUp.programmeId()));
		model.addAttribute("choices", followUps.choices(followUp.programmeId()));
		model.addAttribute("outcomes", FollowUpAnswers.Outcome.values());
		model.addAttribute("canAnswer", !caller.authority() && !followUp.answered() && followUp.open(today.date())
				&& (caller.hasRole("ICT_OFFICER") || caller.hasRole("INSTITUTION_HEAD")));
		model.addAttribute("today", today.date());
		return "training/follow-up";
	}

	/** {@code practice-<MODULE>} (repeated: the codes applied), {@code challenge-<CODE>=SOLVED|PARTLY_SOLVED|NOT_SOLVED}. */
	@PostMapping("/follow-ups/{id}")
	String answer(@PathVariable UUID id, @RequestParam(required = false) String otherPractices,
			@RequestParam(required = false) String otherChallenges, @RequestParam(required = false) String supportNeeded,
			HttpServletRequest request, RedirectAttributes redirect) {
		return Redirects.after(() -> {
			Map<String, List<String>> practices = new LinkedHashMap<>();
			Map<String, FollowUpAnswers.Outcome> challenges = new LinkedHashMap<>();
			for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
				if (p.getKey().startsWith("practice-")) {
					practices.put(p.getKey().substring(9), new ArrayList<>(List.of(p.getValue())));
				}
				else if (p.getKey().startsWith("challenge-") && p.getValue().length > 0 && !p.getValue()[0].isBlank()) {
					try {
						challenges.put(p.getKey().substring(10), FollowUpAnswers.Outcome.valueOf(p.getValue()[0]));
					}
					catch (IllegalArgumentException e) {
						throw BusinessRuleException.onField("challenges", "training.follow-up.choice");
					}
				}
			}
			followUps.answer(id, new FollowUpAnswers(practices, otherPractices, challenges, otherChallenges, supportNeeded));
		}, "/training/follow-ups/" + id, "training.follow-up.thanks", redirect);
	}

	@PostMapping("/programmes/{id}/visits")
	String visit(@PathVariable UUID id, @RequestParam(required = false) UUID institutionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@RequestParam(required = false) String visitors, @RequestParam(required = false) String findings,
			@RequestParam(required = false) Integer rating, RedirectAttributes redirect) {
		return Redirects.after(() -> followUps.recordVisit(id, new VisitForm(institutionId, visitedOn, visitors, findings, rating)),
				"/training/programmes/" + id, "training.visit.recorded", redirect);
	}

	@PostMapping("/visits/{id}/actions")
	String openAction(@PathVariable UUID id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String description,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			@RequestParam(required = false) org.mizani.assessment.Priority priority, RedirectAttributes redirect) {
		UUID programme = followUps.visitProgramme(id);
		return Redirects.after(() -> followUps.openAction(id, new org.mizani.assessment.ActionForm(title, description, null, dueDate,
				priority, 0)), "/training/programmes/" + programme, "training.visit.action.opened", redirect);
	}
}
