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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

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
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
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
	private final Executor reads = new DelegatingSecurityContextExecutor(Executors.newFixedThreadPool(4, r -> {
		Thread thread = new Thread(r, "training-impact-read");
		thread.setDaemon(true);
		return thread;
	}));

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

	/** Sums before and after over the institutions that have both values. */
	static final class Sum {

		private long n;
		private double before;
		private double after;

		void add(@Nullable Double before, @Nullable Double after) {
			if (before != null && after != null) {
				n++;
				this.before += before;
				this.after += after;
			}
		}

		void add(Sum other) {
			n += other.n;
			before += other.before;
			after += other.after;
		}

		Change change() {
			return n == 0 ? new Change(0, null, null) : new Change(n, before / n, after / n);
		}
	}

	/** The sums of one side (trained or not reached) of a session, a phase or the programme. */
	private static final class Side {

		final Sum score = new Sum();
		final Sum incidents = new Sum();
		final Sum serious = new Sum();
		final Map<String, Sum> areas = new TreeMap<>();

		void add(Side other) {
			score.add(other.score);
			incidents.add(other.incidents);
			serious.add(other.serious);
			other.areas.forEach((code, sum) -> areas.computeIfAbsent(code, k -> new Sum()).add(sum));
		}
	}

	private record Sides(Side trained, Side others) {

		static Sides empty() {
			return new Sides(new Side(), new Side());
		}

		void add(Sides o) {
			trained.add(o.trained);
			others.add(o.others);
		}
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	public ImpactView impact(UUID programmeId) {
		ProgrammeView programme = training.programme(programmeId);
		List<SessionView> completed = training.sessions(programmeId).stream().filter(s -> s.status() == SessionStatus.COMPLETED)
			.toList();
		List<IncidentCount.Period> periods = new ArrayList<>();
		for (SessionView session : completed) {
			periods.add(new IncidentCount.Period(instant(session.startsOn().minusDays(windowDays)), instant(session.startsOn())));
			periods.add(new IncidentCount.Period(instant(session.endsOn().plusDays(1)), instant(session.endsOn().plusDays(1 + windowDays))));
		}
		// The reads are independent: they run side by side, each as the caller.
		CompletableFuture<Map<UUID, Set<UUID>>> reachedRead = CompletableFuture
			.supplyAsync(() -> programmes.reachedBySession(programmeId), reads);
		CompletableFuture<List<AcceptedAssessment>> scoresRead = CompletableFuture.supplyAsync(scores::all, reads);
		CompletableFuture<List<Map<UUID, IncidentCount>>> incidentsRead = CompletableFuture
			.supplyAsync(() -> incidents.countsByInstitution(periods), reads);
		CompletableFuture<List<FollowUpView>> followUpsRead = CompletableFuture.supplyAsync(() -> followUps.list(programmeId, null),
				reads);
		Map<UUID, String> acronyms = new LinkedHashMap<>();
		institutions.options().forEach(o -> acronyms.put(o.id().value(), o.acronym()));
		Map<UUID, Set<UUID>> reached = result(reachedRead);
		Set<UUID> reachedByProgramme = new HashSet<>();
		reached.values().forEach(reachedByProgramme::addAll);
		Map<UUID, List<AcceptedAssessment>> history = new HashMap<>();
		for (AcceptedAssessment a : result(scoresRead)) {
			history.computeIfAbsent(a.institutionId(), k -> new ArrayList<>()).add(a);
		}
		Map<String, FollowUpView> latestAnswers = new HashMap<>();
		for (FollowUpView f : result(followUpsRead)) {
			if (f.answered() && f.answers() != null) {
				latestAnswers.merge(f.sessionId() + "/" + f.institutionId(), f, (a, b) -> a.months() >= b.months() ? a : b);
			}
		}
		List<Map<UUID, IncidentCount>> counts = result(incidentsRead);
		Map<String, AreaTitle> titles = scores.areaTitles();
		Sides all = Sides.empty();
		Map<Integer, Sides> byPhase = new TreeMap<>();
		List<ImpactView.Group> sessions = new ArrayList<>();
		List<ImpactView.InstitutionImpact> rows = new ArrayList<>();
		for (int k = 0; k < completed.size(); k++) {
			SessionView session = completed.get(k);
			Instant start = instant(session.startsOn());
			Instant end = instant(session.endsOn().plusDays(1));
			boolean windowPassed = !session.endsOn().plusDays(windowDays).isAfter(today.date());
			Map<UUID, IncidentCount> before = counts.get(2 * k);
			Map<UUID, IncidentCount> after = windowPassed ? counts.get(2 * k + 1) : Map.of();
			Set<UUID> trained = reached.getOrDefault(session.id(), Set.of());
			Sides sides = Sides.empty();
			for (UUID institution : acronyms.keySet()) {
				boolean isTrained = trained.contains(institution);
				if (!isTrained && reachedByProgramme.contains(institution)) {
					continue;
				}
				Side side = isTrained ? sides.trained : sides.others;
				List<AcceptedAssessment> assessed = history.getOrDefault(institution, List.of());
				AcceptedAssessment scoreBefore = lastBefore(assessed, start);
				AcceptedAssessment scoreAfter = scoreBefore == null ? null : firstAfter(assessed, end);
				if (scoreBefore != null && scoreAfter != null) {
					side.score.add(overall(scoreBefore), overall(scoreAfter));
					scoreBefore.areas().forEach((area, score) -> side.areas.computeIfAbsent(area, a -> new Sum())
						.add(score == null ? null : score.doubleValue(), area(scoreAfter, area)));
				}
				IncidentCount had = before.getOrDefault(institution, NONE);
				IncidentCount has = windowPassed ? after.getOrDefault(institution, NONE) : null;
				side.incidents.add((double) had.total(), has == null ? null : (double) has.total());
				side.serious.add((double) had.serious(), has == null ? null : (double) has.serious());
				if (isTrained) {
					AcceptedAssessment firstAfter = firstAfter(assessed, end);
					rows.add(new ImpactView.InstitutionImpact(institution, acronyms.get(institution), session.title(),
							scoreBefore == null ? null : scoreBefore.overall(), firstAfter == null ? null : firstAfter.overall(),
							scoreBefore == null ? Map.of() : scoreBefore.areas(), firstAfter == null ? Map.of() : firstAfter.areas(),
							had.total(), has == null ? null : has.total(), had.serious(), has == null ? null : has.serious(),
							outcome(latestAnswers.get(session.id() + "/" + institution))));
				}
			}
			sessions.add(new ImpactView.Group(session.title(), session.id(), session.startsOn(), compare(sides, titles)));
			byPhase.computeIfAbsent(session.phase(), p -> Sides.empty()).add(sides);
			all.add(sides);
		}
		List<ImpactView.Group> phases = new ArrayList<>();
		byPhase.forEach((phase, sides) -> phases.add(new ImpactView.Group(String.valueOf(phase), null, null, compare(sides, titles))));
		return new ImpactView(programme, windowDays, minSample, compare(all, titles), phases, sessions, rows);
	}

	/** The read's result, or what it threw, as it threw it. */
	private static <T> T result(CompletableFuture<T> read) {
		try {
			return read.join();
		}
		catch (java.util.concurrent.CompletionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
	}

	private static Instant instant(LocalDate day) {
		return day.atStartOfDay(LocalTimes.ZONE).toInstant();
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
		Set<String> codes = new TreeSet<>(s.trained.areas.keySet());
		codes.addAll(s.others.areas.keySet());
		for (String code : codes) {
			AreaTitle title = titles.getOrDefault(code, new AreaTitle(code, code, code));
			areas.add(new ImpactView.AreaComparison(code, title.titleSw(), title.titleEn(),
					s.trained.areas.getOrDefault(code, new Sum()).change(), s.others.areas.getOrDefault(code, new Sum()).change(),
					minSample));
		}
		return new Comparison(s.trained.score.change(), s.others.score.change(), s.trained.incidents.change(),
				s.others.incidents.change(), s.trained.serious.change(), s.others.serious.change(), areas, minSample);
	}

	/** Means over the institutions with both values. */
	static Change change(List<Pair> pairs) {
		Sum sum = new Sum();
		pairs.forEach(p -> sum.add(p.before(), p.after()));
		return sum.change();
	}
}
