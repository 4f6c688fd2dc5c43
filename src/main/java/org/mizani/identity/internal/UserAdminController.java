package org.mizani.identity.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.mizani.identity.Role;
import org.mizani.identity.UserDetailsForm;
import org.mizani.identity.UserId;
import org.mizani.identity.UserManagement;
import org.mizani.identity.UserQuery;
import org.mizani.identity.UserView;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.FormErrors;
import org.mizani.platform.Language;
import org.mizani.platform.Paging;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserManagement users;
	private final InstitutionManagement institutions;
	private final MessageSource messages;
	private final Validator validator;

	UserAdminController(UserManagement users, InstitutionManagement institutions, MessageSource messages, Validator validator) {
		this.validator = validator;
		this.users = users;
		this.institutions = institutions;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) UUID institution, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		UserQuery query = new UserQuery(q, role, institution, active);
		model.addAttribute("query", query);
		model.addAttribute("result", users.search(query, Paging.of(page, size)));
		model.addAttribute("roles", Role.values());
		model.addAttribute("institutions", institutions.options());
		return htmx != null ? "identity/users :: results" : "identity/users";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UserId id, Model model) {
		model.addAttribute("user", users.get(id));
		return "identity/user-detail";
	}

	@GetMapping("/new")
	String inviteForm(Model model) {
		return form(model, new UserDetailsForm("", "", null, null, EnumSet.noneOf(Role.class), Language.SW), null, 0,
				FormErrors.none());
	}

	@PostMapping
	String invite(@Valid @ModelAttribute("form") UserDetailsForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (binding.hasErrors()) {
			return form(model, safe(form), null, 0, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			UserView user = users.invite(form);
			redirect.addFlashAttribute("flash", "user.flash.invited");
			return "redirect:/admin/users/" + user.id();
		}
		catch (BusinessRuleException e) {
			return form(model, form, null, 0, FormErrors.of(e.problems(), messages, locale));
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UserId id, Model model) {
		UserView user = users.get(id);
		return form(model, new UserDetailsForm(user.fullName(), user.email(), user.phone(), user.institutionId(),
				user.roles(), user.preferredLanguage()), id, user.version(), FormErrors.none());
	}

	@PostMapping("/{id}")
	String update(@PathVariable UserId id, @Valid @ModelAttribute("form") UserDetailsForm form, BindingResult binding,
			@RequestParam long version, Model model, RedirectAttributes redirect, Locale locale) {
		users.get(id);
		if (binding.hasErrors()) {
			return form(model, safe(form), id, version, FormErrors.of(FormErrors.problems(binding, validator, form), messages, locale));
		}
		try {
			users.update(id, form, version);
		}
		catch (BusinessRuleException e) {
			return form(model, form, id, version, FormErrors.of(e.problems(), messages, locale));
		}
		redirect.addFlashAttribute("flash", "user.flash.updated");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/{action:deactivate|reactivate|unlock|reset-mfa|sign-out-everywhere}")
	String act(@PathVariable UserId id, @PathVariable String action, RedirectAttributes redirect) {
		switch (action) {
			case "deactivate" -> users.deactivate(id);
			case "reactivate" -> users.reactivate(id);
			case "unlock" -> users.unlock(id);
			case "reset-mfa" -> users.resetMfa(id);
			default -> users.signOutEverywhere(id);
		}
		redirect.addFlashAttribute("flash", "user.flash." + action);
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, UserDetailsForm form, UserId id, long version, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("languages", Language.values());
		model.addAttribute("institutions", institutions.options());
		return "identity/user-form";
	}

	/** A form that failed to bind may hold nulls where the page expects values. */
	private static UserDetailsForm safe(UserDetailsForm form) {
		return new UserDetailsForm(form.fullName() == null ? "" : form.fullName(), form.email() == null ? "" : form.email(),
				form.phone(), form.institutionId(), form.roles() == null ? EnumSet.noneOf(Role.class) : form.roles(),
				form.preferredLanguage() == null ? Language.SW : form.preferredLanguage());
	}
}
