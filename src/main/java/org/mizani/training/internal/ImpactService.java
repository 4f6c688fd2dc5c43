package org.mizani.training.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.assessment.ComplianceScores;
import org.mizani.assessment.ComplianceScores.AcceptedAssessment;
import org.mizani.assessment.ComplianceScores.AreaTitle;
import org.mizani.incident.IncidentCount;
import org.mizani.incident.IncidentReporting;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.Caller;
import org.mizani.platform.LocalTimes;
import org.mizani.platform.Today;
import org.mizani.training.FollowUpAnswers;
import org.mizani.training.FollowUpView;
import org.mizani.training.ImpactView;
import org.mizani.training.ImpactView.Change;
import org.mizani.training.ImpactView.Comparison;
import org.mizani.training.ProgrammeView;
import org.mizani.training.SessionStatus;
import org.mizani.training.SessionView;
import org.mizani.training.TrainingImpact;
import org.mizani.training.TrainingManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A difference in differences: the change of trained institutions against the change of institutions the
 * programme has not reached, over the same dates. Scores (overall and per area) are the last accepted
 * assessment before the session and the first after it; incidents are counted in {@code mizani.training.impact-window-days}
 * (180) before the first day and after the last, only once that window has passed.
 */
@Service
@Transactional(readOnly = true)
class ImpactService implements TrainingImpact {

	private final TrainingManagement training;
	private final Programmes programmes;
	private final ComplianceScores scores;
	private final IncidentReporting incidents;
	private final InstitutionManagement institutions;
	private final FollowUpRecords followUps;
	private final Today today;
	private final int windowDays;
	private final int minSample;

	ImpactService(TrainingManagement training, Programmes programmes, ComplianceScores scores, IncidentReporting incidents,
			InstitutionManagement institutions, FollowUpRecords followUps, Today today, @Value("${mizani.training.impact-window-days:180}") int windowDays,
			@Value("${mizani.training.impact-min-sample:3}") int minSample) {
		this.training = training;
		this.programmes = programmes;
		this.scores = scores;
		this.incidents = incidents;
		this.institutions = institutions;
		this.followUps = followUps;
		this.today = today;
		this.windowDays = windowDays;
		this.minSample = minSample;
	}

	/** Before and after values of one institution around one session; either may be missing. */
	record Pair(@Nullable Double before, @Nullable Double after) {
	}

	private static final String SCORE = "score";
	private static final String INCIDENTS = "incidents";
	private static final String SERIOUS = "serious";
	private static final String AREA = "area:";

	/** The pairs of a session, a phase or the programme per measure, for the trained institutions and for the others. */
	private record Sides(Map<String, List<Pair>> trained, Map<String, List<Pair>> others) {

		static Sides empty() {
			return new Sides(new TreeMap<>(), new TreeMap<>());
		}

		void add(boolean isTrained, String measure, Pair pair) {
			(isTrained ? trained : others).computeIfAbsent(measure, k -> new ArrayList<>()).add(pair);
		}

		void addAll(Sides o) {
			o.trained.forEach((k, v) -> trained.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
			o.others.forEach((k, v) -> others.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
		}
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	public ImpactView impact(UUID programmeId) {
		ProgrammeView programme = training.programme(programmeId);
		Set<UUID> reachedByProgramme = new HashSet<>(programmes.reachedInstitutions(programmeId, null));
		Map<UUID, String> acronyms = new LinkedHashMap<>();
		institutions.options().forEach(o -> acronyms.put(o.id().value(), o.acronym()));
		Map<UUID, List<AcceptedAssessment>> history = new HashMap<>();
		for (AcceptedAssessment a : scores.all()) {
			history.computeIfAbsent(a.institutionId(), k -> new ArrayList<>()).add(a);
		}
		Map<String, FollowUpView> latestAnswers = new HashMap<>();
		for (FollowUpView f : followUps.list(programmeId, null)) {
			if (f.answered() && f.answers() != null) {
				latestAnswers.merge(f.sessionId() + "/" + f.institutionId(), f, (a, b) -> a.months() >= b.months() ? a : b);
			}
		}
		Map<String, AreaTitle> titles = scores.areaTitles();
		Sides all = Sides.empty();
		Map<Integer, Sides> byPhase = new TreeMap<>();
		List<ImpactView.Group> sessions = new ArrayList<>();
		List<ImpactView.InstitutionImpact> rows = new ArrayList<>();
		for (SessionView session : training.sessions(programmeId)) {
			if (session.status() != SessionStatus.COMPLETED) {
				continue;
			}
			Instant start = session.startsOn().atStartOfDay(LocalTimes.ZONE).toInstant();
			Instant end = session.endsOn().plusDays(1).atStartOfDay(LocalTimes.ZONE).toInstant();
			Instant windowEnd = session.endsOn().plusDays(1 + windowDays).atStartOfDay(LocalTimes.ZONE).toInstant();
			boolean windowPassed = !session.endsOn().plusDays(windowDays).isAfter(today.date());
			Map<UUID, IncidentCount> before = incidents.countsByInstitution(
					session.startsOn().minusDays(windowDays).atStartOfDay(LocalTimes.ZONE).toInstant(), start);
			Map<UUID, IncidentCount> after = windowPassed ? incidents.countsByInstitution(end, windowEnd) : Map.of();
			Set<UUID> trained = new HashSet<>(programmes.reachedInstitutions(programmeId, session.id()));
			Sides sides = Sides.empty();
			for (UUID institution : acronyms.keySet()) {
				boolean isTrained = trained.contains(institution);
				if (!isTrained && reachedByProgramme.contains(institution)) {
					continue;
				}
				List<AcceptedAssessment> assessed = history.getOrDefault(institution, List.of());
				AcceptedAssessment scoreBefore = lastBefore(assessed, start);
				AcceptedAssessment scoreAfter = firstAfter(assessed, end);
				sides.add(isTrained, SCORE, new Pair(overall(scoreBefore), overall(scoreAfter)));
				Set<String> areas = new TreeSet<>();
				areas.addAll(scoreBefore == null ? Set.of() : scoreBefore.areas().keySet());
				areas.addAll(scoreAfter == null ? Set.of() : scoreAfter.areas().keySet());
				for (String area : areas) {
					sides.add(isTrained, AREA + area, new Pair(area(scoreBefore, area), area(scoreAfter, area)));
				}
				IncidentCount had = before.getOrDefault(institution, NONE);
				IncidentCount has = windowPassed ? after.getOrDefault(institution, NONE) : null;
				sides.add(isTrained, INCIDENTS, new Pair((double) had.total(), has == null ? null : (double) has.total()));
				sides.add(isTrained, SERIOUS, new Pair((double) had.serious(), has == null ? null : (double) has.serious()));
				if (isTrained) {
					rows.add(new ImpactView.InstitutionImpact(institution, acronyms.get(institution), session.title(),
							scoreBefore == null ? null : scoreBefore.overall(), scoreAfter == null ? null : scoreAfter.overall(),
							scoreBefore == null ? Map.of() : scoreBefore.areas(), scoreAfter == null ? Map.of() : scoreAfter.areas(),
							had.total(), has == null ? null : has.total(), had.serious(), has == null ? null : has.serious(),
							outcome(latestAnswers.get(session.id() + "/" + institution))));
				}
			}
			sessions.add(new ImpactView.Group(session.title(), session.id(), session.startsOn(), compare(sides, titles)));
			byPhase.computeIfAbsent(session.phase(), p -> Sides.empty()).addAll(sides);
			all.addAll(sides);
		}
		List<ImpactView.Group> phases = new ArrayList<>();
		byPhase.forEach((phase, sides) -> phases.add(new ImpactView.Group(String.valueOf(phase), null, null, compare(sides, titles))));
		return new ImpactView(programme, windowDays, minSample, compare(all, titles), phases, sessions, rows);
	}

	private static final IncidentCount NONE = new IncidentCount(0, 0);

	private static @Nullable AcceptedAssessment lastBefore(List<AcceptedAssessment> oldestFirst, Instant start) {
		AcceptedAssessment last = null;
		for (AcceptedAssessment a : oldestFirst) {
			if (a.acceptedAt().isBefore(start) && a.overall() != null) {
				last = a;
			}
		}
		return last;
	}

	private static @Nullable AcceptedAssessment firstAfter(List<AcceptedAssessment> oldestFirst, Instant end) {
		for (AcceptedAssessment a : oldestFirst) {
			if (!a.acceptedAt().isBefore(end) && a.overall() != null) {
				return a;
			}
		}
		return null;
	}

	private static @Nullable Double overall(@Nullable AcceptedAssessment a) {
		return a == null || a.overall() == null ? null : a.overall().doubleValue();
	}

	private static @Nullable Double area(@Nullable AcceptedAssessment a, String area) {
		BigDecimal score = a == null ? null : a.areas().get(area);
		return score == null ? null : score.doubleValue();
	}

	/** Practices applied (all modules) and the challenges by outcome, from the follow-up's answers. */
	static ImpactView.@Nullable FollowUpOutcome outcome(@Nullable FollowUpView followUp) {
		if (followUp == null || followUp.answers() == null) {
			return null;
		}
		FollowUpAnswers answers = followUp.answers();
		int practices = answers.practices().values().stream().mapToInt(List::size).sum();
		Map<FollowUpAnswers.Outcome, Integer> outcomes = new EnumMap<>(FollowUpAnswers.Outcome.class);
		answers.challenges().values().forEach(o -> outcomes.merge(o, 1, Integer::sum));
		return new ImpactView.FollowUpOutcome(followUp.months(), practices, outcomes.getOrDefault(FollowUpAnswers.Outcome.SOLVED, 0),
				outcomes.getOrDefault(FollowUpAnswers.Outcome.PARTLY_SOLVED, 0),
				outcomes.getOrDefault(FollowUpAnswers.Outcome.NOT_SOLVED, 0));
	}

	private Comparison compare(Sides s, Map<String, AreaTitle> titles) {
		List<ImpactView.AreaComparison> areas = new ArrayList<>();
		Set<String> measures = new TreeSet<>(s.trained().keySet());
		measures.addAll(s.others().keySet());
		for (String measure : measures) {
			if (measure.startsWith(AREA)) {
				String code = measure.substring(AREA.length());
				AreaTitle title = titles.getOrDefault(code, new AreaTitle(code, code, code));
				areas.add(new ImpactView.AreaComparison(code, title.titleSw(), title.titleEn(), change(s.trained().get(measure)),
						change(s.others().get(measure)), minSample));
			}
		}
		return new Comparison(change(s.trained().get(SCORE)), change(s.others().get(SCORE)), change(s.trained().get(INCIDENTS)),
				change(s.others().get(INCIDENTS)), change(s.trained().get(SERIOUS)), change(s.others().get(SERIOUS)), areas,
				minSample);
	}

	/** Means over the institutions with both values. */
	static Change change(@Nullable List<Pair> pairs) {
		long n = 0;
		double before = 0;
		double after = 0;
		for (Pair p : pairs == null ? List.<Pair>of() : pairs) {
			if (p.before() != null && p.after() != null) {
				n++;
				before += p.before();
				after += p.after();
			}
		}
		return n == 0 ? new Change(0, null, null) : new Change(n, before / n, after / n);
	}
}
