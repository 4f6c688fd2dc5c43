package org.mizani.training.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Redirects;
import org.mizani.training.KnowledgeTests;
import org.mizani.training.QuestionForm;
import org.mizani.training.SurveyForm;
import org.mizani.training.TestKind;
import org.mizani.training.TrainingDelivery;
import org.mizani.training.TrainingManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The question bank, the pre- and post-tests and the reaction survey of a session. */
@Controller
@RequestMapping("/training")
class TrainingTestController {

	private final TrainingManagement training;
	private final TrainingDelivery delivery;
	private final KnowledgeTests tests;

	TrainingTestController(TrainingManagement training, TrainingDelivery delivery, KnowledgeTests tests) {
		this.training = training;
		this.delivery = delivery;
		this.tests = tests;
	}

	@GetMapping("/programmes/{id}/questions")
	String questions(@PathVariable UUID id, Model model) {
		model.addAttribute("programme", training.programme(id));
		model.addAttribute("questions", tests.questions(id));
		return "training/questions";
	}

	/** Options one a line, in the same order in both languages. */
	@PostMapping("/programmes/{id}/questions")
	String addQuestion(@PathVariable UUID id, @RequestParam(required = false) String moduleCode,
			@RequestParam(required = false) String textSw, @RequestParam(required = false) String textEn,
			@RequestParam(required = false) String optionsSw, @RequestParam(required = false) String optionsEn,
			@RequestParam(required = false) Integer correct, RedirectAttributes redirect) {
		return Redirects.after(() -> tests.addQuestion(id, new QuestionForm(moduleCode, textSw, textEn, lines(optionsSw),
				lines(optionsEn), correct)), "/training/programmes/" + id + "/questions", "training.question.added", redirect);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(7).toList();
	}

	@PostMapping("/questions/{question}/retire")
	String retire(@PathVariable UUID question, @RequestParam UUID programme, RedirectAttributes redirect) {
		return Redirects.after(() -> tests.retireQuestion(question), "/training/programmes/" + programme + "/questions",
				"training.question.retired", redirect);
	}

	@PostMapping("/sessions/{id}/tests/{kind}/open")
	String open(@PathVariable UUID id, @PathVariable TestKind kind, RedirectAttributes redirect) {
		return Redirects.after(() -> tests.openTest(id, kind), "/training/sessions/" + id, "training.test.opened", redirect);
	}

	@PostMapping("/sessions/{id}/tests/{kind}/close")
	String close(@PathVariable UUID id, @PathVariable TestKind kind, RedirectAttributes redirect) {
		return Redirects.after(() -> tests.closeTest(id, kind), "/training/sessions/" + id, "training.test.closed-now", redirect);
	}

	@GetMapping("/sessions/{id}/tests/{kind}")
	String paper(@PathVariable UUID id, @PathVariable TestKind kind, @RequestParam(required = false) UUID participant, Model model) {
		model.addAttribute("meeting", training.session(id));
		model.addAttribute("kind", kind);
		model.addAttribute("questions", tests.paper(id));
		model.addAttribute("participant", participant == null ? null
				: delivery.participants(id).stream().filter(p -> p.id().equals(participant)).findFirst().orElse(null));
		return "training/test";
	}

	/** Answers as {@code q-<question id>=<option number>}. */
	@PostMapping("/sessions/{id}/tests/{kind}")
	String submit(@PathVariable UUID id, @PathVariable TestKind kind, @RequestParam(required = false) UUID participant,
			HttpServletRequest request, RedirectAttributes redirect) {
		double[] score = new double[] { -1 };
		String target = Redirects.after(() -> {
			Map<UUID, Integer> answers = new HashMap<>();
			for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
				if (p.getKey().startsWith("q-") && p.getValue().length > 0 && !p.getValue()[0].isBlank()) {
					try {
						answers.put(UUID.fromString(p.getKey().substring(2)), Integer.valueOf(p.getValue()[0].strip()));
					}
					catch (IllegalArgumentException e) {
						throw BusinessRuleException.onField("answers", "training.test.answer");
					}
				}
			}
			score[0] = tests.submit(id, kind, participant, answers);
		}, "/training/sessions/" + id, "training.test.submitted", redirect);
		if (score[0] >= 0) {
			redirect.addFlashAttribute("score", Math.round(score[0]));
		}
		return target;
	}

	@GetMapping("/sessions/{id}/survey")
	String survey(@PathVariable UUID id, Model model) {
		model.addAttribute("meeting", training.session(id));
		return "training/survey";
	}

	@PostMapping("/sessions/{id}/survey")
	String answerSurvey(@PathVariable UUID id, @RequestParam(required = false) Integer relevance,
			@RequestParam(required = false) Integer quality, @RequestParam(required = false) Integer trainer,
			@RequestParam(required = false) Integer venue, @RequestParam(required = false) String comments,
			RedirectAttributes redirect) {
		return Redirects.after(() -> tests.answerSurvey(id, new SurveyForm(relevance, quality, trainer, venue, comments)),
				"/training/sessions/" + id, "training.survey.answered", redirect);
	}
}
