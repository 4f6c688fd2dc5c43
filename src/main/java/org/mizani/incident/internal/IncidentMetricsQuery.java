package org.mizani.incident.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.mizani.incident.IncidentCount;
import org.mizani.incident.IncidentMetrics;
import org.mizani.incident.IncidentMetrics.Dimension;
import org.mizani.incident.IncidentMetrics.Figures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The handling metrics in one pass over the incidents, with the reporting stages summed per incident first. */
@Repository
class IncidentMetricsQuery {

	private final JdbcClient jdbc;

	IncidentMetricsQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	IncidentMetrics metrics(Dimension dimension, @Nullable LocalDate from, @Nullable LocalDate to, String visibleSql,
			Map<String, Object> params) {
		// Grouped by a cheap expression, labelled once per group; the overall figures are added up from the
		// groups (sums and counts, not averages), so the database aggregates in one plain pass.
		String group = switch (dimension) {
			case CATEGORY -> "x.class_code";
			case SEVERITY -> "x.severity";
			case SECTOR -> "coalesce(i.sector, '')";
			case MONTH -> "date_trunc('month', x.detected_at at time zone 'Africa/Dar_es_Salaam')";
		};
		String label = dimension == Dimension.MONTH ? "to_char(" + group + ", 'YYYY-MM')" : group;
		StringBuilder where = new StringBuilder(" where x.status not in ('REJECTED', 'DUPLICATE', 'MERGED')").append(visibleSql);
		if (from != null) {
			where.append(" and x.detected_at >= cast(:from as date)");
			params.put("from", from);
		}
		if (to != null) {
			where.append(" and x.detected_at < cast(:to as date) + 1");
			params.put("to", to);
		}
		List<Sums> groups = jdbc.sql("select " + label + " as key, count(*) as incidents,"
				+ " count(*) filter (where x.status in ('REPORTED', 'TRIAGED', 'CONTAINED', 'ERADICATED', 'RECOVERED')) as open,"
				+ " sum(extract(epoch from x.triaged_at - x.created_at)) as tta, count(x.triaged_at) as n_tta,"
				+ " sum(extract(epoch from x.contained_at - x.detected_at)) as ttc, count(x.contained_at) as n_ttc,"
				+ " sum(extract(epoch from x.closed_at - x.created_at)) filter (where x.status = 'CLOSED') as ttclose,"
				+ " count(*) filter (where x.status = 'CLOSED' and x.closed_at is not null) as n_close,"
				+ " coalesce(sum(s.due), 0) as due, coalesce(sum(s.on_time), 0) as on_time"
				+ " from incident x join institution i on i.id = x.institution_id"
				+ " left join (select incident_id, count(*) filter (where submitted_at is not null or due_at < now()) as due,"
				+ "   count(*) filter (where submitted_at <= due_at) as on_time from incident_stage group by incident_id) s"
				+ "   on s.incident_id = x.id" + where + " group by " + group + " order by 1")
			.params(params).query((rs, n) -> new Sums(rs.getString("key") == null ? "" : rs.getString("key"), rs.getLong("incidents"),
					rs.getLong("open"), rs.getDouble("tta"), rs.getLong("n_tta"), rs.getDouble("ttc"), rs.getLong("n_ttc"),
					rs.getDouble("ttclose"), rs.getLong("n_close"), rs.getLong("due"), rs.getLong("on_time")))
			.list();
		Sums total = new Sums("", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		for (Sums g : groups) {
			total = total.plus(g);
		}
		return new IncidentMetrics(total.figures(), dimension, groups.stream().map(Sums::figures).toList());
	}

	/**
	 * Counts per institution in each period: the incidents from the earliest start to the latest end are read
	 * once (an index range) and counted into every period that holds them, rather than one join per period.
	 */
	List<Map<UUID, IncidentCount>> counts(List<IncidentCount.Period> periods, @Nullable UUID only) {
		List<Map<UUID, long[]>> sums = new ArrayList<>();
		periods.forEach(p -> sums.add(new HashMap<>()));
		if (!periods.isEmpty()) {
			long[] starts = periods.stream().mapToLong(p -> p.from().getEpochSecond()).toArray();
			long[] ends = periods.stream().mapToLong(p -> p.to().getEpochSecond()).toArray();
			jdbc.sql("""
					select institution_id, cast(extract(epoch from detected_at) as bigint) as detected,
					  severity in ('HIGH', 'CRITICAL') as serious from incident
					where status not in ('REJECTED', 'DUPLICATE', 'MERGED') and detected_at >= :from and detected_at < :to
					  and (cast(:only as uuid) is null or institution_id = :only)""")
				.param("from", Timestamp.from(periods.stream().map(IncidentCount.Period::from).min(Instant::compareTo).orElseThrow()))
				.param("to", Timestamp.from(periods.stream().map(IncidentCount.Period::to).max(Instant::compareTo).orElseThrow()))
				.param("only", only)
				.query(rs -> {
					UUID institution = null;
					long detected = rs.getLong(2);
					boolean serious = rs.getBoolean(3);
					for (int i = 0; i < starts.length; i++) {
						if (detected >= starts[i] && detected < ends[i]) {
							institution = institution == null ? rs.getObject(1, UUID.class) : institution;
							long[] sum = sums.get(i).computeIfAbsent(institution, k -> new long[2]);
							sum[0]++;
							sum[1] += serious ? 1 : 0;
						}
					}
				});
		}
		List<Map<UUID, IncidentCount>> counts = new ArrayList<>();
		for (Map<UUID, long[]> sum : sums) {
			Map<UUID, IncidentCount> count = new HashMap<>();
			sum.forEach((institution, s) -> count.put(institution, new IncidentCount(s[0], s[1])));
			counts.add(count);
		}
		return counts;
	}

	/** One group's sums and counts, in seconds, from which means are taken and overall figures added up. */
	private record Sums(String key, long incidents, long open, double tta, long nTta, double ttc, long nTtc, double close,
			long nClose, long due, long onTime) {

		Sums plus(Sums o) {
			return new Sums("", incidents + o.incidents, open + o.open, tta + o.tta, nTta + o.nTta, ttc + o.ttc, nTtc + o.nTtc,
					close + o.close, nClose + o.nClose, due + o.due, onTime + o.onTime);
		}

		Figures figures() {
			return new Figures(key, incidents, open, hours(tta, nTta), hours(ttc, nTtc), hours(close, nClose), due, onTime);
		}

		private static @Nullable Double hours(double seconds, long count) {
			return count == 0 ? null : seconds / count / 3600;
		}
	}

}
