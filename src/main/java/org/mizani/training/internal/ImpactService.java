package org.mizani.training.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.assessment.ComplianceScores;
import org.mizani.assessment.ComplianceScores.AcceptedAssessment;
import org.mizani.incident.IncidentReporting;
import org.mizani.incident.IncidentCount;
import org.mizani.institution.InstitutionManagement;
import org.mizani.platform.Caller;
import org.mizani.platform.LocalTimes;
import org.mizani.platform.Today;
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
 * programme has not reached, over the same dates. Scores are the last accepted assessment before the
 * session and the first after it; incidents are counted in {@code mizani.training.impact-window-days}
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
	private final Today today;
	private final int windowDays;
	private final int minSample;

	ImpactService(TrainingManagement training, Programmes programmes, ComplianceScores scores, IncidentReporting incidents,
			InstitutionManagement institutions, Today today, @Value("${mizani.training.impact-window-days:180}") int windowDays,
			@Value("${mizani.training.impact-min-sample:3}") int minSample) {
		this.training = training;
		this.programmes = programmes;
		this.scores = scores;
		this.incidents = incidents;
		this.institutions = institutions;
		this.today = today;
		this.windowDays = windowDays;
		this.minSample = minSample;
	}

	/** Before and after values of one institution around one session; either may be missing. */
	record Pair(@Nullable Double before, @Nullable Double after) {
	}

	/** The pairs of one session, for the trained institutions and for the others. */
	private record SessionPairs(List<Pair> trainedScore, List<Pair> otherScore, List<Pair> trainedIncidents,
			List<Pair> otherIncidents) {

		static SessionPairs empty() {
			return new SessionPairs(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		}

		void addAll(SessionPairs o) {
			trainedScore.addAll(o.trainedScore);
			otherScore.addAll(o.otherScore);
			trainedIncidents.addAll(o.trainedIncidents);
			otherIncidents.addAll(o.otherIncidents);
		}
	}

	@Override
	@PreAuthorize(Caller.AUTHORITY_STAFF)
	public ImpactView impact(UUID programmeId) {
		ProgrammeView programme = training.programme(programmeId);
		Set<UUID> reachedByProgramme = new HashSet<>(programmes.reachedInstitutions(programmeId, null));
		Map<UUID, String> acronyms = new LinkedHashMap<>();
		institutions.options().forEach(o -> acronyms.put(o.id().value(), o.acronym()));
		Map<UUID, List<AcceptedAssessment>> history = new LinkedHashMap<>();
		for (AcceptedAssessment a : scores.all()) {
			history.computeIfAbsent(a.institutionId(), k -> new ArrayList<>()).add(a);
		}
		SessionPairs all = SessionPairs.empty();
		Map<Integer, SessionPairs> byPhase = new LinkedHashMap<>();
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
			SessionPairs pairs = SessionPairs.empty();
			for (UUID institution : acronyms.keySet()) {
				boolean isTrained = trained.contains(institution);
				if (!isTrained && reachedByProgramme.contains(institution)) {
					continue;
				}
				Pair score = scoreAround(history.getOrDefault(institution, List.of()), start, end);
				Pair incident = new Pair((double) count(before, institution),
						windowPassed ? (double) count(after, institution) : null);
				(isTrained ? pairs.trainedScore : pairs.otherScore).add(score);
				(isTrained ? pairs.trainedIncidents : pairs.otherIncidents).add(incident);
				if (isTrained) {
					rows.add(new ImpactView.InstitutionImpact(institution, acronyms.get(institution), session.title(),
							score.before() == null ? null : BigDecimal.valueOf(score.before()),
							score.after() == null ? null : BigDecimal.valueOf(score.after()), count(before, institution),
							windowPassed ? count(after, institution) : null));
				}
			}
			sessions.add(new ImpactView.Group(session.title(), session.id(), session.startsOn(), compare(pairs)));
			byPhase.computeIfAbsent(session.phase(), p -> SessionPairs.empty()).addAll(pairs);
			all.addAll(pairs);
		}
		List<ImpactView.Group> phases = new ArrayList<>();
		byPhase.forEach((phase, pairs) -> phases.add(new ImpactView.Group(String.valueOf(phase), null, null, compare(pairs))));
		return new ImpactView(programme, windowDays, minSample, compare(all), phases, sessions, rows);
	}

	private static long count(Map<UUID, IncidentCount> counts, UUID institution) {
		IncidentCount count = counts.get(institution);
		return count == null ? 0 : count.total();
	}

	private static Pair scoreAround(List<AcceptedAssessment> history, Instant start, Instant end) {
		Double before = null;
		Double after = null;
		for (AcceptedAssessment a : history) {
			if (a.overall() == null) {
				continue;
			}
			if (a.acceptedAt().isBefore(start)) {
				before = a.overall().doubleValue();
			}
			else if (after == null && a.acceptedAt().isAfter(end)) {
				after = a.overall().doubleValue();
			}
		}
		return new Pair(before, after);
	}

	private Comparison compare(SessionPairs p) {
		return new Comparison(change(p.trainedScore), change(p.otherScore), change(p.trainedIncidents), change(p.otherIncidents),
				minSample);
	}

	/** Means over the institutions with both values. */
	static Change change(List<Pair> pairs) {
		long n = 0;
		double before = 0;
		double after = 0;
		for (Pair p : pairs) {
			if (p.before() != null && p.after() != null) {
				n++;
				before += p.before();
				after += p.after();
			}
		}
		return n == 0 ? new Change(0, null, null) : new Change(n, before / n, after / n);
	}
}
