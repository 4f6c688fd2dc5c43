package org.mizani.system.internal;

import static org.mizani.platform.Rows.blankToNull;
import static org.mizani.platform.Rows.instant;
import static org.mizani.platform.Rows.integer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.SqlText;
import org.mizani.system.Criticality;
import org.mizani.system.DataClassification;
import org.mizani.system.Hosting;
import org.mizani.system.RegisterCompleteness;
import org.mizani.system.SystemForm;
import org.mizani.system.SystemId;
import org.mizani.system.SystemQuery;
import org.mizani.system.SystemStatus;
import org.mizani.system.SystemSummary;
import org.mizani.system.SystemView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Systems {

	private static final String SELECT = "select s.*, i.acronym from ict_system s join institution i on i.id = s.institution_id";

	private final JdbcClient jdbc;
	private final org.mizani.platform.ListCounts counts;

	Systems(JdbcClient jdbc, org.mizani.platform.ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	Optional<SystemView> find(UUID id) {
		return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(Systems::map).optional();
	}

	private static String where(SystemQuery query, @Nullable UUID only, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where 1=1");
		UUID institution = only != null ? only : query.institution();
		if (institution != null) {
			where.append(" and s.institution_id = :institution");
			params.put("institution", institution);
		}
		if (query.criticality() != null) {
			where.append(" and s.criticality = :criticality");
			params.put("criticality", query.criticality().name());
		}
		if (query.hosting() != null) {
			where.append(" and s.hosting = :hosting");
			params.put("hosting", query.hosting().name());
		}
		if (query.status() != null) {
			where.append(" and s.status = :status");
			params.put("status", query.status().name());
		}
		if (query.personalData() != null) {
			where.append(" and s.personal_data = :personal");
			params.put("personal", query.personalData());
		}
		if (query.sector() != null && !query.sector().isBlank()) {
			where.append(" and lower(i.sector) = lower(:sector)");
			params.put("sector", query.sector().strip());
		}
		if (query.region() != null && !query.region().isBlank()) {
			where.append(" and lower(i.region) = lower(:region)");
			params.put("region", query.region().strip());
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and (s.name ilike :text or s.vendor ilike :text or s.technology_stack ilike :text or i.acronym ilike :text)");
			params.put("text", SqlText.containing(query.text()));
		}
		return where.toString();
	}

	PageResult<SystemView> search(SystemQuery query, @Nullable UUID only, Paging paging) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, only, params);
		long total = counts.count(jdbc, "select count(*) from ict_system s join institution i on i.id = s.institution_id" + where, params);
		List<SystemView> items = jdbc.sql(SELECT + where + " order by i.acronym, lower(s.name) limit :limit offset :offset")
			.params(params).param("limit", paging.size()).param("offset", paging.offset()).query(Systems::map).list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** Every matching system, one at a time, for exports of any size. */
	void each(SystemQuery query, @Nullable UUID only, Consumer<SystemView> consumer) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, only, params);
		jdbc.sql(SELECT + where + " order by i.acronym, lower(s.name)").params(params).withFetchSize(500)
			.query((ResultSet rs) -> {
				consumer.accept(map(rs, 0));
			});
	}

	List<RegisterCompleteness> completeness(SystemQuery query, @Nullable UUID only, Collection<UUID> withPlan) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where i.active");
		UUID institution = only != null ? only : query.institution();
		if (institution != null) {
			where.append(" and i.id = :institution");
			params.put("institution", institution);
		}
		if (query.sector() != null && !query.sector().isBlank()) {
			where.append(" and lower(i.sector) = lower(:sector)");
			params.put("sector", query.sector().strip());
		}
		if (query.region() != null && !query.region().isBlank()) {
			where.append(" and lower(i.region) = lower(:region)");
			params.put("region", query.region().strip());
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and (i.acronym ilike :text or i.name_en ilike :text or i.name_sw ilike :text)");
			params.put("text", SqlText.containing(query.text()));
		}
		return jdbc.sql("""
				select i.id, i.acronym, i.name_en, i.name_sw,
				  count(s.id) as systems,
				  count(s.id) filter (where s.criticality = 'CRITICAL') as critical,
				  count(s.id) filter (where s.criticality = 'CRITICAL' and s.id not in (select unnest(cast(:planned as uuid[])))) as unplanned,
				  count(s.id) filter (where coalesce(trim(s.business_owner), '') = '') as ownerless
				from institution i left join ict_system s on s.institution_id = i.id and s.status <> 'RETIRED'
				""" + where + " group by i.id, i.acronym, i.name_en, i.name_sw order by count(s.id), i.acronym")
			.params(params).param("planned", SqlText.arrayLiteral(withPlan.stream().map(UUID::toString).toList()))
			.query((rs, n) -> new RegisterCompleteness(rs.getObject("id", UUID.class), rs.getString("acronym"),
					rs.getString("name_en"), rs.getString("name_sw"), rs.getLong("systems"), rs.getLong("critical"),
					rs.getLong("unplanned"), rs.getLong("ownerless")))
			.list();
	}

	List<SystemSummary> ofInstitution(UUID institution) {
		return jdbc.sql("select * from ict_system where institution_id = :i order by lower(name)").param("i", institution)
			.query(Systems::summary).list();
	}

	List<SystemSummary> critical(@Nullable UUID institution) {
		return jdbc.sql("select * from ict_system where criticality = 'CRITICAL' and status <> 'RETIRED'"
				+ (institution == null ? "" : " and institution_id = :i") + " order by institution_id, lower(name)")
			.param("i", institution == null ? new UUID(0, 0) : institution).query(Systems::summary).list();
	}

	Map<UUID, SystemSummary> summaries(Collection<UUID> ids) {
		Map<UUID, SystemSummary> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.sql("select * from ict_system where id in (select unnest(cast(:ids as uuid[]))) order by lower(name)")
			.param("ids", SqlText.arrayLiteral(ids.stream().map(UUID::toString).toList()))
			.query(Systems::summary).list().forEach(s -> found.put(s.id().value(), s));
		return found;
	}

	Optional<UUID> idByName(UUID institution, String name) {
		return jdbc.sql("select id from ict_system where institution_id = :i and lower(name) = lower(:n)").param("i", institution)
			.param("n", name.strip()).query(UUID.class).optional();
	}

	boolean nameTaken(UUID institution, String name, @Nullable UUID except) {
		return jdbc.sql("select count(*) from ict_system where institution_id = :i and lower(name) = lower(:n) and id <> :except")
			.param("i", institution).param("n", name.strip()).param("except", except == null ? new UUID(0, 0) : except)
			.query(Long.class).single() > 0;
	}

	void insert(UUID id, UUID institution, SystemForm form, UUID by) {
		jdbc.sql("""
				insert into ict_system (id, institution_id, name, purpose, owning_unit, business_owner, criticality, hosting,
				  data_classification, personal_data, integrations, public_url, technology_stack, vendor, go_live_date, status,
				  rto_minutes, rpo_minutes, created_by)
				values (:id, :institution, :name, :purpose, :unit, :owner, :criticality, :hosting, :classification, :personal,
				  :integrations, :url, :stack, :vendor, :goLive, :status, :rto, :rpo, :by)
				""").param("id", id).param("institution", institution).params(fields(form)).param("by", by).update();
	}

	boolean update(UUID id, SystemForm form, long version) {
		return jdbc.sql("""
				update ict_system set name = :name, purpose = :purpose, owning_unit = :unit, business_owner = :owner,
				  criticality = :criticality, hosting = :hosting, data_classification = :classification,
				  personal_data = :personal, integrations = :integrations, public_url = :url, technology_stack = :stack,
				  vendor = :vendor, go_live_date = :goLive, status = :status, rto_minutes = :rto, rpo_minutes = :rpo,
				  version = version + 1, updated_at = now()
				where id = :id and version = :v
				""").param("id", id).params(fields(form)).param("v", version).update() == 1;
	}

	int markLive(Collection<UUID> ids, java.time.LocalDate on) {
		return jdbc.sql("""
				update ict_system set status = 'LIVE', go_live_date = coalesce(go_live_date, :on), version = version + 1,
				  updated_at = now()
				where id in (select unnest(cast(:ids as uuid[]))) and status in ('PLANNED', 'IN_DEVELOPMENT')
				""").param("ids", SqlText.arrayLiteral(ids.stream().map(UUID::toString).toList())).param("on", on).update();
	}

	private static Map<String, Object> fields(SystemForm f) {
		Map<String, Object> p = new HashMap<>();
		p.put("name", f.name().strip());
		p.put("purpose", f.purpose().strip());
		p.put("unit", blankToNull(f.owningUnit()));
		p.put("owner", blankToNull(f.businessOwner()));
		p.put("criticality", f.criticality().name());
		p.put("hosting", f.hosting().name());
		p.put("classification", f.dataClassification().name());
		p.put("personal", f.personalData());
		p.put("integrations", blankToNull(f.integrations()));
		p.put("url", blankToNull(f.publicUrl()));
		p.put("stack", blankToNull(f.technologyStack()));
		p.put("vendor", blankToNull(f.vendor()));
		p.put("goLive", f.goLiveDate());
		p.put("status", f.status().name());
		p.put("rto", f.rtoMinutes());
		p.put("rpo", f.rpoMinutes());
		return p;
	}

	static SystemView map(ResultSet rs, int n) throws SQLException {
		return new SystemView(new SystemId(rs.getObject("id", UUID.class)), rs.getObject("institution_id", UUID.class),
				rs.getString("acronym"), rs.getString("name"), rs.getString("purpose"), rs.getString("owning_unit"),
				rs.getString("business_owner"), Criticality.valueOf(rs.getString("criticality")),
				Hosting.valueOf(rs.getString("hosting")), DataClassification.valueOf(rs.getString("data_classification")),
				rs.getBoolean("personal_data"), rs.getString("integrations"), rs.getString("public_url"),
				rs.getString("technology_stack"), rs.getString("vendor"), rs.getObject("go_live_date", java.time.LocalDate.class),
				SystemStatus.valueOf(rs.getString("status")), integer(rs, "rto_minutes"), integer(rs, "rpo_minutes"),
				instant(rs, "updated_at"), rs.getLong("version"));
	}

	private static SystemSummary summary(ResultSet rs, int n) throws SQLException {
		return new SystemSummary(new SystemId(rs.getObject("id", UUID.class)), rs.getObject("institution_id", UUID.class),
				rs.getString("name"), Criticality.valueOf(rs.getString("criticality")), SystemStatus.valueOf(rs.getString("status")),
				integer(rs, "rto_minutes"), integer(rs, "rpo_minutes"));
	}
}
