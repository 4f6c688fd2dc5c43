package org.mizani.reporting.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizani.assessment.ComplianceScores.AcceptedAssessment;
import org.mizani.assessment.ComplianceScores.AreaTitle;

/** The areas scored in some assessments, in the latest catalogue's order; an area no campaign titles keeps its code. */
final class ScoredAreas {

	private ScoredAreas() {
	}

	static List<AreaTitle> of(Collection<AcceptedAssessment> assessments, Map<String, AreaTitle> titles) {
		Set<String> codes = new LinkedHashSet<>();
		assessments.forEach(a -> codes.addAll(a.areas().keySet()));
		List<AreaTitle> areas = new ArrayList<>();
		titles.values().stream().filter(t -> codes.contains(t.code())).forEach(areas::add);
		codes.stream().filter(c -> !titles.containsKey(c)).sorted().forEach(c -> areas.add(new AreaTitle(c, null, c)));
		return areas;
	}
}
