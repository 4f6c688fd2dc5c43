package org.mizani.system.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mizani.platform.FieldProblem;
import org.mizani.system.SystemForm;
import org.mizani.system.SystemStatus;

/**
 * What a register entry must say beyond its field formats (e-Government Act s.26 register of
 * systems): a system in use has gone live on a past date, a planned one has not, the public address
 * is a web address.
 */
final class SystemRules {

	private SystemRules() {
	}

	static List<FieldProblem> check(SystemForm form, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean inUse = form.status() == SystemStatus.LIVE || form.status() == SystemStatus.RETIRED;
		if (form.goLiveDate() != null && inUse && form.goLiveDate().isAfter(today)) {
			problems.add(new FieldProblem("goLiveDate", "system.go-live.future"));
		}
		if (form.status() == SystemStatus.LIVE && form.goLiveDate() == null) {
			problems.add(new FieldProblem("goLiveDate", "system.go-live.required"));
		}
		if (form.goLiveDate() != null && form.goLiveDate().isBefore(LocalDate.of(1970, 1, 1))) {
			problems.add(new FieldProblem("goLiveDate", "system.go-live.range"));
		}
		if (form.publicUrl() != null && !form.publicUrl().isBlank() && !webAddress(form.publicUrl().strip())) {
			problems.add(new FieldProblem("publicUrl", "system.url.invalid"));
		}
		return problems;
	}

	static boolean webAddress(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException e) {
			return false;
		}
	}
}
