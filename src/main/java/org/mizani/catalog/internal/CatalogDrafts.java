package org.mizani.catalog.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.mizani.platform.Rows.blankToNull;
import org.mizani.catalog.ItemKind;
import org.mizani.platform.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statements that change a draft version's tree, and publication. */
@Repository
class CatalogDrafts {

	private final JdbcClient jdbc;

	CatalogDrafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record ItemRow(UUID id, UUID parentId, int position, ItemKind kind) {
	}

	Optional<ItemRow> itemRow(UUID version, String code) {
		return jdbc.sql("select id, parent_id, position, kind from catalog_item where version_id = :v and code = :c")
			.param("v", version).param("c", code)
			.query((rs, n) -> new ItemRow(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
					rs.getInt("position"), ItemKind.valueOf(rs.getString("kind"))))
			.optional();
	}

	int nextPosition(UUID version, UUID parent) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from catalog_item where version_id = :v and "
				+ (parent == null ? "parent_id is null" : "parent_id = :p"))
			.params(parent == null ? Map.of("v", version) : Map.of("v", version, "p", parent)).query(Integer.class).single();
	}

	/** Whether {@code candidate} is {@code item} itself or lies below it (so it cannot become its parent). */
	boolean isWithin(UUID item, UUID candidate) {
		return jdbc.sql("""
				with recursive below(id) as (select cast(:item as uuid) union select c.id from catalog_item c join below b on c.parent_id = b.id)
				select count(*) from below where id = :candidate
				""").param("item", item).param("candidate", candidate).query(Long.class).single() > 0;
	}

	void insertItem(UUID version, UUID parent, int position, org.mizani.catalog.ItemForm form) {
		jdbc.sql("""
				insert into catalog_item (id, version_id, parent_id, kind, code, label, position, depth, title_sw, title_en,
				  statement_sw, statement_en, guidance_sw, guidance_en, evidence_sw, evidence_en, weight, level, applicability, tags)
				values (:id, :v, :parent, :kind, :code, :code, :position, 0, :titleSw, :titleEn, :statementSw, :statementEn,
				  :guidanceSw, :guidanceEn, :evidenceSw, :evidenceEn, :weight, :level, cast(:applicability as varchar[]),
				  cast(:tags as varchar[]))
				""").param("id", UUID.randomUUID()).param("v", version).param("parent", parent).param("position", position)
			.params(formParams(form)).update();
	}

	void updateItem(UUID id, UUID parent, org.mizani.catalog.ItemForm form) {
		jdbc.sql("""
				update catalog_item set parent_id = :parent, kind = :kind, code = :code, label = :code, title_sw = :titleSw,
				  title_en = :titleEn, statement_sw = :statementSw, statement_en = :statementEn, guidance_sw = :guidanceSw,
				  guidance_en = :guidanceEn, evidence_sw = :evidenceSw, evidence_en = :evidenceEn, weight = :weight,
				  level = :level, applicability = cast(:applicability as varchar[]), tags = cast(:tags as varchar[])
				where id = :id
				""").param("id", id).param("parent", parent).params(formParams(form)).update();
	}

	private static Map<String, Object> formParams(org.mizani.catalog.ItemForm form) {
		Map<String, Object> p = new HashMap<>();
		p.put("kind", form.kind().name());
		p.put("code", form.code().strip());
		p.put("titleSw", blankToNull(form.titleSw()));
		p.put("titleEn", form.titleEn().strip());
		p.put("statementSw", blankToNull(form.statementSw()));
		p.put("statementEn", blankToNull(form.statementEn()));
		p.put("guidanceSw", blankToNull(form.guidanceSw()));
		p.put("guidanceEn", blankToNull(form.guidanceEn()));
		p.put("evidenceSw", blankToNull(form.evidenceSw()));
		p.put("evidenceEn", blankToNull(form.evidenceEn()));
		p.put("weight", form.weight());
		p.put("level", form.level().name());
		p.put("applicability", SqlText.arrayLiteral(form.applicability() == null ? List.of()
				: form.applicability().stream().map(Enum::name).sorted().toList()));
		p.put("tags", SqlText.arrayLiteral(form.tagList()));
		return p;
	}

	void deleteItem(UUID id) {
		jdbc.sql("delete from catalog_item where id = :id").param("id", id).update();
	}

	/** The sibling just before ({@code up}) or after an item, if any. */
	Optional<ItemRow> neighbour(UUID version, ItemRow item, boolean up) {
		String sql = "select id, parent_id, position, kind from catalog_item where version_id = :v and "
				+ (item.parentId() == null ? "parent_id is null" : "parent_id = :p") + " and position "
				+ (up ? "< :pos order by position desc" : "> :pos order by position") + " limit 1";
		Map<String, Object> params = new HashMap<>(Map.of("v", version, "pos", item.position()));
		if (item.parentId() != null) {
			params.put("p", item.parentId());
		}
		return jdbc.sql(sql).params(params).query((rs, n) -> new ItemRow(rs.getObject("id", UUID.class),
				rs.getObject("parent_id", UUID.class), rs.getInt("position"), ItemKind.valueOf(rs.getString("kind")))).optional();
	}

	void setPosition(UUID id, int position) {
		jdbc.sql("update catalog_item set position = :p where id = :id").param("p", position).param("id", id).update();
	}

	/** Keeps each item's depth equal to its place in the tree after moves. */
	void recomputeDepths(UUID version) {
		jdbc.sql("""
				with recursive t(id, d) as (
				  select id, 0 from catalog_item where version_id = :v and parent_id is null
				  union all
				  select c.id, t.d + 1 from catalog_item c join t on c.parent_id = t.id
				)
				update catalog_item i set depth = t.d from t where i.id = t.id and i.depth <> t.d
				""").param("v", version).update();
	}

	String documentSource(UUID version) {
		return jdbc.sql("select d.source from catalog_document d join catalog_version v on v.document_id = d.id where v.id = :v")
			.param("v", version).query(String.class).single();
	}

	void publish(UUID version, UUID document, String hash) {
		jdbc.sql("update catalog_version set status = 'SUPERSEDED' where document_id = :d and status = 'PUBLISHED'")
			.param("d", document).update();
		jdbc.sql("update catalog_version set status = 'PUBLISHED', published_at = now(), content_hash = :h where id = :v")
			.param("v", version).param("h", hash).update();
	}
}
