package org.mizani.platform;

import java.io.IOException;
import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page's action button ends: do the step, then go back to the page with either the
 * message that it was done or the problems in the user's language (flash attributes {@code flash} and
 * {@code problems}). A rule broken, a record changed by someone else meanwhile, or an unreadable
 * upload are all shown on the page, never as an error page.
 */
public final class Redirects {

	private Redirects() {
	}

	/** A step of a page action; may read an upload. */
	@FunctionalInterface
	public interface Step {

		void run() throws IOException;
	}

	/** Runs the step and answers {@code redirect:<target>} with its outcome. */
	public static String after(Step step, String target, String doneMessage, RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", doneMessage);
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problems", e.problems());
		}
		catch (ConcurrentChangeException e) {
			redirect.addFlashAttribute("problems", List.of(new FieldProblem(null, "form.conflict")));
		}
		catch (IOException e) {
			redirect.addFlashAttribute("problems", List.of(new FieldProblem("file", "file.unreadable")));
		}
		return "redirect:" + target;
	}
}
