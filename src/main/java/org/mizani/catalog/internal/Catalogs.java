package org.mizani.catalog.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mizani.catalog.CatalogDocumentView;
import org.mizani.catalog.CatalogItemView;
import org.mizani.catalog.CatalogQuery;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.catalog.DocumentId;
import org.mizani.catalog.DocumentKind;
import org.mizani.catalog.ItemKind;
import org.mizani.catalog.RequirementLevel;
import org.mizani.catalog.VersionId;
import org.mizani.catalog.VersionStatus;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Catalogs {

	private static final String VERSION_SELECT = """
			select v.*, d.code as document_code, d.title_sw as document_title_sw, d.title_en as document_title_en,
			  (select count(*) from catalog_item i where i.version_id = v.id and i.kind = 'REQUIREMENT') as requirements
			from catalog_version v join catalog_document d on d.id = v.document_id
			""";

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch;

	Catalogs(JdbcClient jdbc, org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	List<CatalogDocumentView> documents(boolean includeDrafts) {
		String visible = includeDrafts ? "" : " and v.status <> 'DRAFT'";
		return jdbc.sql("""
				select d.*, cur.id as version_id, cur.label as version_label, cur.status as version_status,
				  (select count(*) from catalog_item i where i.version_id = cur.id and i.kind = 'REQUIREMENT') as requirements,
				  (select count(*) from catalog_version v where v.document_id = d.id""" + visible + """
				) as versions
				from catalog_document d
				left join lateral (
				  select v.* from catalog_version v where v.document_id = d.id""" + visible + """
				  order by (v.status = 'PUBLISHED') desc, v.created_at desc limit 1
				) cur on true
				where d.active
				order by lower(d.title_en)
				""").query((rs, n) -> new CatalogDocumentView(new DocumentId(rs.getObject("id", UUID.class)),
						rs.getString("code"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("title_sw"),
						rs.getString("title_en"), rs.getString("issuing_body"),
						rs.getObject("version_id") == null ? null : new VersionId(rs.getObject("version_id", UUID.class)),
						rs.getString("version_label"),
						rs.getString("version_status") == null ? null : VersionStatus.valueOf(rs.getString("version_status")),
						rs.getInt("requirements"), rs.getInt("versions")))
			.list()
			.stream().filter(d -> includeDrafts || d.currentVersion() != null).toList();
	}

	List<CatalogVersionView> versions(UUID document) {
		return jdbc.sql(VERSION_SELECT + " where v.document_id = :d order by v.created_at desc").param("d", document)
			.query(Catalogs::version).list();
	}

	Optional<CatalogVersionView> version(UUID id) {
		return jdbc.sql(VERSION_SELECT + " where v.id = :id").param("id", id).query(Catalogs::version).optional();
	}

	Optional<UUID> oscalUuid(UUID version) {
		return jdbc.sql("select oscal_uuid from catalog_version where id = :id").param("id", version).query(UUID.class).optional();
	}

	Optional<UUID> documentByCodeOrTitle(String code, String title) {
		return jdbc.sql("select id from catalog_document where lower(code) = lower(:code) or title_en = :title order by created_at limit 1")
			.param("code", code).param("title", title).query(UUID.class).optional();
	}

	record ExistingVersion(UUID id, String contentHash) {
	}

	Optional<ExistingVersion> versionByLabel(UUID document, String label) {
		return jdbc.sql("select id, content_hash from catalog_version where document_id = :d and label = :l")
			.param("d", document).param("l", label)
			.query((rs, n) -> new ExistingVersion(rs.getObject("id", UUID.class), rs.getString("content_hash"))).optional();
	}

	boolean codeTaken(String code) {
		return jdbc.sql("select count(*) from catalog_document where lower(code) = lower(:c)").param("c", code)
			.query(Long.class).single() > 0;
	}

	void insertDocument(UUID id, String code, DocumentKind kind, String titleSw, String titleEn, String issuingBody,
			String description, String source) {
		jdbc.sql("insert into catalog_document (id, code, kind, title_sw, title_en, issuing_body, description, source)"
				+ " values (:id, :code, :kind, :sw, :en, :body, :description, :source)")
			.param("id", id).param("code", code).param("kind", kind.name()).param("sw", titleSw).param("en", titleEn)
			.param("body", issuingBody).param("description", description).param("source", source).update();
	}

	/** Serialises loaders of the same document across nodes starting at once (transaction-scoped advisory lock). */
	void lockDocumentCode(String code) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:code))").param("code", "catalog:" + code.toLowerCase(java.util.Locale.ROOT))
			.query().singleRow();
	}

	void setEffectiveDate(UUID version, java.time.LocalDate date) {
		jdbc.sql("update catalog_version set effective_date = :d where id = :id").param("d", date).param("id", version).update();
	}

	Optional<UUID> documentByCode(String code) {
		return jdbc.sql("select id from catalog_document where lower(code) = lower(:code)").param("code", code)
			.query(UUID.class).optional();
	}

	void supersedePublished(UUID document) {
		jdbc.sql("update catalog_version set status = 'SUPERSEDED' where document_id = :d and status = 'PUBLISHED'")
			.param("d", document).update();
	}

	void insertVersion(UUID id, UUID document, String label, VersionStatus status, UUID oscalUuid, String oscalVersion,
			String hash) {
		jdbc.sql("""
				insert into catalog_version (id, document_id, label, status, oscal_uuid, oscal_version, content_hash, published_at)
				values (:id, :d, :label, :status, :oscal, :oscalVersion, :hash, case when :status = 'PUBLISHED' then now() end)
				""")
			.param("id", id).param("d", document).param("label", label).param("status", status.name())
			.param("oscal", oscalUuid).param("oscalVersion", oscalVersion).param("hash", hash).update();
	}

	/** Inserts a whole tree in two batches (items, then links): one round trip each, not one per row. */
	void insertItems(UUID version, List<NewItem> items) {
		Map<Integer, UUID> ids = new HashMap<>();
		items.forEach(item -> ids.put(item.index(), UUID.randomUUID()));
		List<org.springframework.jdbc.core.namedparam.SqlParameterSource> rows = new ArrayList<>();
		List<org.springframework.jdbc.core.namedparam.SqlParameterSource> links = new ArrayList<>();
		for (NewItem item : items) {
			UUID id = ids.get(item.index());
			Map<String, Object> p = new HashMap<>();
			p.put("id", id);
			p.put("version", version);
			p.put("parent", item.parentIndex() == null ? null : ids.get(item.parentIndex()));
			p.put("kind", item.kind().name());
			p.put("code", item.code());
			p.put("label", item.label());
			p.put("sort", item.sortKey());
			p.put("position", item.position());
			p.put("depth", item.depth());
			p.put("titleSw", item.titleSw());
			p.put("titleEn", item.titleEn());
			p.put("statementSw", item.statementSw());
			p.put("statementEn", item.statementEn());
			p.put("guidanceSw", item.guidanceSw());
			p.put("guidanceEn", item.guidanceEn());
			p.put("evidenceSw", item.evidenceSw());
			p.put("evidenceEn", item.evidenceEn());
			p.put("objectives", item.objectivesEn());
			p.put("weight", item.weight());
			p.put("level", item.level().name());
			p.put("applicability", SqlText.arrayLiteral(item.applicability()));
			p.put("tags", SqlText.arrayLiteral(item.tags()));
			p.put("withdrawn", item.withdrawn());
			rows.add(new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(p));
			for (ParsedCatalog.Link link : item.links()) {
				links.add(new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(
						Map.of("item", id, "target", link.targetCode(), "rel", link.relation())));
			}
		}
		batch.batchUpdate("""
				insert into catalog_item (id, version_id, parent_id, kind, code, label, sort_key, position, depth,
				  title_sw, title_en, statement_sw, statement_en, guidance_sw, guidance_en, evidence_sw, evidence_en,
				  objectives_en, weight, level, applicability, tags, withdrawn)
				values (:id, :version, :parent, :kind, :code, :label, :sort, :position, :depth, :titleSw, :titleEn,
				  :statementSw, :statementEn, :guidanceSw, :guidanceEn, :evidenceSw, :evidenceEn, :objectives, :weight,
				  :level, cast(:applicability as varchar[]), cast(:tags as varchar[]), :withdrawn)
				""", rows.toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new));
		if (!links.isEmpty()) {
			batch.batchUpdate("insert into catalog_link (item_id, target_code, relation) values (:item, :target, :rel)"
					+ " on conflict do nothing", links.toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new));
		}
	}

	/** Items in tree order: each item after its parent, siblings by position. */
	List<CatalogItemView> tree(UUID version) {
		Map<UUID, List<CatalogItemView.Link>> links = links(version, null);
		return jdbc.sql("""
				with recursive t as (
				  select i.id, array[i.position] as path from catalog_item i where i.version_id = :v and i.parent_id is null
				  union all
				  select c.id, t.path || c.position from catalog_item c join t on c.parent_id = t.id
				)
				select i.* from catalog_item i join t on t.id = i.id order by t.path
				""").param("v", version)
			.query((rs, n) -> item(rs, links)).list();
	}

	Optional<CatalogItemView> item(UUID version, String code) {
		Map<UUID, List<CatalogItemView.Link>> links = links(version, code);
		return jdbc.sql("select * from catalog_item where version_id = :v and code = :c").param("v", version).param("c", code)
			.query((rs, n) -> item(rs, links)).optional();
	}

	PageResult<CatalogItemView> search(UUID version, CatalogQuery query, Paging paging) {
		StringBuilder where = new StringBuilder(" where i.version_id = :v and i.kind = 'REQUIREMENT'");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("v", version);
		String order = "i.position";
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and (i.search @@ websearch_to_tsquery('simple', :q) or i.code ilike :prefix or i.label ilike :prefix)");
			params.put("q", query.text().strip());
			params.put("prefix", SqlText.startingWith(query.text()));
			order = "ts_rank(i.search, websearch_to_tsquery('simple', :q)) desc, i.position";
		}
		if (query.level() != null) {
			where.append(" and i.level = :level");
			params.put("level", query.level().name());
		}
		if (query.applicability() != null && !query.applicability().isBlank()) {
			where.append(" and (cardinality(i.applicability) = 0 or :applies = any(i.applicability))");
			params.put("applies", query.applicability());
		}
		if (query.tag() != null && !query.tag().isBlank()) {
			where.append(" and :tag = any(i.tags)");
			params.put("tag", query.tag());
		}
		long total = jdbc.sql("select count(*) from catalog_item i" + where).params(params).query(Long.class).single();
		Map<UUID, List<CatalogItemView.Link>> none = Map.of();
		List<CatalogItemView> items = jdbc.sql("select i.* from catalog_item i" + where + " order by " + order
				+ " limit :limit offset :offset")
			.params(params).param("limit", paging.size()).param("offset", paging.offset())
			.query((rs, n) -> item(rs, none)).list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	List<String> tags(UUID version) {
		return jdbc.sql("select distinct unnest(tags) from catalog_item where version_id = :v order by 1").param("v", version)
			.query(String.class).list();
	}

	private Map<UUID, List<CatalogItemView.Link>> links(UUID version, String code) {
		Map<UUID, List<CatalogItemView.Link>> links = new HashMap<>();
		jdbc.sql("select l.* from catalog_link l join catalog_item i on i.id = l.item_id where i.version_id = :v"
				+ (code == null ? "" : " and i.code = :c") + " order by l.target_code collate \"C\", l.relation collate \"C\"")
			.params(code == null ? Map.of("v", version) : Map.of("v", version, "c", code))
			.query(rs -> {
				links.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>())
					.add(new CatalogItemView.Link(rs.getString("target_code"), rs.getString("relation")));
			});
		return links;
	}

	private static CatalogItemView item(ResultSet rs, Map<UUID, List<CatalogItemView.Link>> links) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new CatalogItemView(id, rs.getObject("parent_id", UUID.class), ItemKind.valueOf(rs.getString("kind")),
				rs.getString("code"), rs.getString("label"), rs.getInt("depth"), rs.getString("title_sw"),
				rs.getString("title_en"), rs.getString("statement_sw"), rs.getString("statement_en"),
				rs.getString("guidance_sw"), rs.getString("guidance_en"), rs.getString("evidence_sw"),
				rs.getString("evidence_en"), rs.getString("objectives_en"), rs.getBigDecimal("weight"),
				RequirementLevel.valueOf(rs.getString("level")), strings(rs.getArray("applicability")),
				strings(rs.getArray("tags")), rs.getBoolean("withdrawn"), links.getOrDefault(id, List.of()));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static CatalogVersionView version(ResultSet rs, int row) throws SQLException {
		OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
		java.sql.Date effective = rs.getDate("effective_date");
		return new CatalogVersionView(new VersionId(rs.getObject("id", UUID.class)),
				new DocumentId(rs.getObject("document_id", UUID.class)), rs.getString("document_code"),
				rs.getString("document_title_sw"), rs.getString("document_title_en"), rs.getString("label"),
				VersionStatus.valueOf(rs.getString("status")), effective == null ? null : effective.toLocalDate(),
				rs.getString("oscal_version"), rs.getInt("requirements"), published == null ? null : published.toInstant());
	}

}
