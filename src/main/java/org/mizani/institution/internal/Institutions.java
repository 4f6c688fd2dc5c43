package org.mizani.institution.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mizani.institution.InstitutionDetails;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement.InstitutionOption;
import org.mizani.institution.InstitutionQuery;
import org.mizani.institution.InstitutionSelection;
import org.mizani.institution.InstitutionType;
import org.mizani.institution.InstitutionView;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The institution table. Every statement is parameterised; sort columns come from a fixed list. */
@Repository
class Institutions {

	private static final String SELECT = """
			select i.*, p.acronym as parent_acronym from institution i
			left join institution p on p.id = i.parent_id
			""";

	private static final Map<String, String> SORT_COLUMNS = Map.of("name", "lower(i.name_en)", "acronym",
			"lower(i.acronym)", "type", "i.type, lower(i.name_en)", "region", "i.region nulls last, lower(i.name_en)",
			"sector", "i.sector nulls last, lower(i.name_en)", "updated", "i.updated_at desc");

	private final JdbcClient jdbc;
	private final org.mizani.platform.ListCounts counts;

	Institutions(JdbcClient jdbc, org.mizani.platform.ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** Every matching institution in the list's order, one at a time as the database streams them (exports). */
	void each(InstitutionQuery query, UUID onlyInstitution, java.util.function.Consumer<InstitutionView> consumer) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = where(query, onlyInstitution, params);
		String order = SORT_COLUMNS.getOrDefault(query.sort() == null ? "name" : query.sort(), "lower(i.name_en)");
		jdbc.sql(SELECT + where + " order by " + order + ", i.id").params(params).withFetchSize(500)
			.query((java.sql.ResultSet rs) -> {
				consumer.accept(map(rs, 0));
			});
	}

	private static StringBuilder where(InstitutionQuery query, UUID onlyInstitution, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where 1=1");
		if (onlyInstitution != null) {
			where.append(" and i.id = :only");
			params.put("only", onlyInstitution);
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and (i.name_en ilike :text or i.name_sw ilike :text or i.acronym ilike :text)");
			params.put("text", SqlText.containing(query.text()));
		}
		if (query.type() != null) {
			where.append(" and i.type = :type");
			params.put("type", query.type().name());
		}
		if (query.sector() != null && !query.sector().isBlank()) {
			where.append(" and lower(i.sector) = lower(:sector)");
			params.put("sector", query.sector().strip());
		}
		if (query.region() != null && !query.region().isBlank()) {
			where.append(" and lower(i.region) = lower(:region)");
			params.put("region", query.region().strip());
		}
		if (query.active() != null) {
			where.append(" and i.active = :active");
			params.put("active", query.active());
		}
		return where;
	}

	PageResult<InstitutionView> search(InstitutionQuery query, Paging paging, UUID onlyInstitution) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = where(query, onlyInstitution, params);
		String order = SORT_COLUMNS.getOrDefault(query.sort() == null ? "name" : query.sort(), "lower(i.name_en)");
		long total = counts.count(jdbc, "select count(*) from institution i" + where, params);
		List<InstitutionView> items = jdbc
			.sql(SELECT + where + " order by " + order + ", i.id limit :limit offset :offset")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(Institutions::map)
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	Optional<InstitutionView> find(UUID id) {
		return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(Institutions::map).optional();
	}

	Optional<UUID> idByAcronym(String acronym) {
		return jdbc.sql("select id from institution where lower(acronym) = lower(:a)").param("a", acronym.strip())
			.query(UUID.class).optional();
	}

	List<InstitutionOption> options(UUID onlyInstitution) {
		return jdbc.sql("select id, acronym, name_sw, name_en from institution where active"
				+ (onlyInstitution == null ? "" : " and id = :only") + " order by lower(acronym)")
			.params(onlyInstitution == null ? Map.of() : Map.of("only", onlyInstitution))
			.query((rs, n) -> new InstitutionOption(new InstitutionId(rs.getObject("id", UUID.class)),
					rs.getString("acronym"), rs.getString("name_sw"), rs.getString("name_en")))
			.list();
	}

	boolean isActive(UUID id) {
		return jdbc.sql("select count(*) from institution where id = :id and active").param("id", id)
			.query(Long.class).single() > 0;
	}

	List<InstitutionView> select(InstitutionSelection selection) {
		StringBuilder where = new StringBuilder(" where i.active");
		Map<String, Object> params = new HashMap<>();
		if (selection.explicit()) {
			where.append(" and i.id in (select unnest(cast(:ids as uuid[])))");
			params.put("ids", SqlText.arrayLiteral(selection.institutions().stream().map(UUID::toString).toList()));
		}
		else {
			if (!selection.types().isEmpty()) {
				where.append(" and i.type = any(cast(:types as varchar[]))");
				params.put("types", SqlText.arrayLiteral(selection.types().stream().map(Enum::name).toList()));
			}
			if (!selection.sectors().isEmpty()) {
				where.append(" and lower(i.sector) = any(cast(:sectors as varchar[]))");
				params.put("sectors", SqlText.arrayLiteral(lowerCase(selection.sectors())));
			}
			if (!selection.regions().isEmpty()) {
				where.append(" and lower(i.region) = any(cast(:regions as varchar[]))");
				params.put("regions", SqlText.arrayLiteral(lowerCase(selection.regions())));
			}
			if (selection.parent() != null) {
				where.append("""
						 and i.id in (with recursive below(id) as (
						   select id from institution where parent_id = :parent
						   union select c.id from institution c join below b on c.parent_id = b.id)
						 select id from below)""");
				params.put("parent", selection.parent());
			}
		}
		return jdbc.sql(SELECT + where + " order by lower(i.acronym)").params(params).query(Institutions::map).list();
	}

	private static List<String> lowerCase(Collection<String> values) {
		return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
	}

	Map<InstitutionId, String> acronyms(Collection<InstitutionId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<InstitutionId, String> result = new LinkedHashMap<>();
		jdbc.sql("select id, acronym from institution where id in (:ids)")
			.param("ids", ids.stream().map(InstitutionId::value).toList())
			.query(rs -> {
				result.put(new InstitutionId(rs.getObject("id", UUID.class)), rs.getString("acronym"));
			});
		return result;
	}

	/** Which unique fields of the given details are already used by another institution. */
	List<String> conflicts(InstitutionDetails d, UUID exceptId) {
		List<String> fields = new ArrayList<>();
		String sql = "select lower(acronym) = lower(:acronym) as a, lower(name_en) = lower(:en) as en,"
				+ " lower(name_sw) = lower(:sw) as sw from institution where id <> :except"
				+ " and (lower(acronym) = lower(:acronym) or lower(name_en) = lower(:en) or lower(name_sw) = lower(:sw))";
		jdbc.sql(sql).param("acronym", d.acronym()).param("en", d.nameEn()).param("sw", d.nameSw())
			.param("except", exceptId == null ? new UUID(0, 0) : exceptId)
			.query(rs -> {
				if (rs.getBoolean("a") && !fields.contains("acronym")) fields.add("acronym");
				if (rs.getBoolean("en") && !fields.contains("nameEn")) fields.add("nameEn");
				if (rs.getBoolean("sw") && !fields.contains("nameSw")) fields.add("nameSw");
			});
		return fields;
	}

	/** Whether making {@code parent} the parent of {@code child} would close a loop. */
	boolean wouldCycle(UUID child, UUID parent) {
		return jdbc.sql("""
				with recursive ancestors(id) as (
				  select cast(:parent as uuid)
				  union
				  select i.parent_id from institution i join ancestors a on i.id = a.id where i.parent_id is not null
				)
				select count(*) from ancestors where id = :child
				""").param("parent", parent).param("child", child).query(Long.class).single() > 0;
	}

	void insert(UUID id, InstitutionDetails d) {
		jdbc.sql("""
				insert into institution (id, name_sw, name_en, acronym, type, sector, region, parent_id, email, phone,
				  postal_address, website, head_name, head_title, ict_contact_name, ict_contact_email, ict_contact_phone)
				values (:id, :nameSw, :nameEn, :acronym, :type, :sector, :region, :parentId, :email, :phone,
				  :postalAddress, :website, :headName, :headTitle, :ictContactName, :ictContactEmail, :ictContactPhone)
				""").param("id", id).params(params(d)).update();
	}

	boolean update(UUID id, InstitutionDetails d, long expectedVersion) {
		return jdbc.sql("""
				update institution set name_sw = :nameSw, name_en = :nameEn, acronym = :acronym, type = :type,
				  sector = :sector, region = :region, parent_id = :parentId, email = :email, phone = :phone,
				  postal_address = :postalAddress, website = :website, head_name = :headName, head_title = :headTitle,
				  ict_contact_name = :ictContactName, ict_contact_email = :ictContactEmail,
				  ict_contact_phone = :ictContactPhone, version = version + 1, updated_at = now()
				where id = :id and version = :version
				""").param("id", id).param("version", expectedVersion).params(params(d)).update() == 1;
	}

	boolean setActive(UUID id, boolean active) {
		return jdbc.sql("update institution set active = :active, version = version + 1, updated_at = now()"
				+ " where id = :id and active <> :active").param("id", id).param("active", active).update() == 1;
	}

	Map<String, List<String>> suggestions() {
		return Map.of(
				"sector", jdbc.sql("select distinct sector from institution where sector is not null order by 1")
					.query(String.class).list(),
				"region", jdbc.sql("select distinct region from institution where region is not null order by 1")
					.query(String.class).list());
	}

	private static Map<String, Object> params(InstitutionDetails d) {
		Map<String, Object> p = new java.util.HashMap<>();
		p.put("nameSw", d.nameSw());
		p.put("nameEn", d.nameEn());
		p.put("acronym", d.acronym());
		p.put("type", d.type().name());
		p.put("sector", d.sector());
		p.put("region", d.region());
		p.put("parentId", d.parentId());
		p.put("email", d.email());
		p.put("phone", d.phone());
		p.put("postalAddress", d.postalAddress());
		p.put("website", d.website());
		p.put("headName", d.headName());
		p.put("headTitle", d.headTitle());
		p.put("ictContactName", d.ictContactName());
		p.put("ictContactEmail", d.ictContactEmail());
		p.put("ictContactPhone", d.ictContactPhone());
		return p;
	}


	private static InstitutionView map(ResultSet rs, int row) throws SQLException {
		return new InstitutionView(new InstitutionId(rs.getObject("id", UUID.class)), rs.getString("name_sw"),
				rs.getString("name_en"), rs.getString("acronym"), InstitutionType.valueOf(rs.getString("type")),
				rs.getString("sector"), rs.getString("region"), rs.getObject("parent_id", UUID.class),
				rs.getString("parent_acronym"), rs.getString("email"), rs.getString("phone"),
				rs.getString("postal_address"), rs.getString("website"), rs.getString("head_name"),
				rs.getString("head_title"), rs.getString("ict_contact_name"), rs.getString("ict_contact_email"),
				rs.getString("ict_contact_phone"), rs.getBoolean("active"), rs.getLong("version"),
				rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant());
	}

}
