package org.mizani.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.mizani.platform.Rows.blankToNull;
import org.mizani.catalog.CatalogAuthoring;
import org.mizani.catalog.CatalogEdited;
import org.mizani.catalog.CatalogItemView;
import org.mizani.catalog.CatalogManagement;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.catalog.DocumentForm;
import org.mizani.catalog.ItemForm;
import org.mizani.catalog.ItemKind;
import org.mizani.catalog.VersionId;
import org.mizani.catalog.VersionStatus;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of writing catalogues; every change to a draft and every publication is audited. */
@Service
@Transactional
class CatalogAuthoringService implements CatalogAuthoring {

	private static final String EDITORS = CatalogService.EDITORS;

	private final Catalogs catalogs;
	private final CatalogDrafts drafts;
	private final CatalogManagement reading;
	private final ApplicationEventPublisher events;

	CatalogAuthoringService(Catalogs catalogs, CatalogDrafts drafts, CatalogManagement reading, ApplicationEventPublisher events) {
		this.catalogs = catalogs;
		this.drafts = drafts;
		this.reading = reading;
		this.events = events;
	}

	private CatalogVersionView version(VersionId id) {
		return reading.version(id);
	}

	@Override
	@PreAuthorize(EDITORS)
	@Transactional
	public VersionId createDocument(DocumentForm form) {
		if (catalogs.codeTaken(form.code().strip())) {
			throw BusinessRuleException.onField("code", "catalog.document.code-taken");
		}
		UUID document = UUID.randomUUID();
		catalogs.insertDocument(document, form.code().strip(), form.kind(), form.titleSw().strip(), form.titleEn().strip(),
				blankToNull(form.issuingBody()), blankToNull(form.description()), "AUTHORED");
		UUID version = UUID.randomUUID();
		catalogs.insertVersion(version, document, form.versionLabel().strip(), VersionStatus.DRAFT, UUID.randomUUID(), null, "");
		events.publishEvent(new CatalogEdited(new VersionId(version), "document-created",
				form.code().strip() + " — " + form.titleEn().strip() + ", draft " + form.versionLabel().strip(), Actor.current()));
		return new VersionId(version);
	}

	@Override
	@PreAuthorize(EDITORS)
	@Transactional
	public VersionId createDraft(VersionId from, String label) {
		CatalogVersionView source = version(from);
		String clean = label == null ? "" : label.strip();
		if (!clean.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
			throw BusinessRuleException.onField("label", "catalog.validation.label");
		}
		if (catalogs.versionByLabel(source.documentId().value(), clean).isPresent()) {
			throw BusinessRuleException.onField("label", "catalog.version.label-taken", clean);
		}
		UUID version = UUID.randomUUID();
		catalogs.insertVersion(version, source.documentId().value(), clean, VersionStatus.DRAFT, UUID.randomUUID(), null, "");
		List<CatalogItemView> items = catalogs.tree(from.value());
		java.util.Map<UUID, Integer> index = new java.util.HashMap<>();
		List<NewItem> copies = new java.util.ArrayList<>();
		for (CatalogItemView item : items) {
			index.put(item.id(), copies.size());
			copies.add(new NewItem(copies.size(), item.parentId() == null ? null : index.get(item.parentId()), item.kind(),
					item.code(), item.label(), null, item.depth(), copies.size(), item.titleSw(), item.titleEn(),
					item.statementSw(), item.statementEn(), item.guidanceSw(), item.guidanceEn(), item.evidenceSw(),
					item.evidenceEn(), item.objectivesEn(), item.weight(), item.level(), item.applicability(), item.tags(),
					item.withdrawn(), item.links().stream().map(l -> new ParsedCatalog.Link(l.targetCode(), l.relation())).toList()));
		}
		catalogs.insertItems(version, copies);
		events.publishEvent(new CatalogEdited(new VersionId(version), "draft-created",
				source.documentCode() + ": draft " + clean + " from version " + source.label(), Actor.current()));
		return new VersionId(version);
	}

	@Override
	@PreAuthorize(EDITORS)
	@Transactional
	public void saveItem(VersionId draft, String code, ItemForm form) {
		CatalogVersionView version = draft(draft);
		UUID parent = null;
		if (form.parentCode() != null && !form.parentCode().isBlank()) {
			CatalogDrafts.ItemRow parentRow = drafts.itemRow(draft.value(), form.parentCode().strip())
				.orElseThrow(() -> BusinessRuleException.onField("parentCode", "catalog.item.parent-unknown"));
			parent = parentRow.id();
		}
		Optional<CatalogDrafts.ItemRow> sameCode = drafts.itemRow(draft.value(), form.code().strip());
		if (code == null) {
			if (sameCode.isPresent()) {
				throw BusinessRuleException.onField("code", "catalog.item.code-taken", form.code().strip());
			}
			drafts.insertItem(draft.value(), parent, drafts.nextPosition(draft.value(), parent), form);
		}
		else {
			CatalogDrafts.ItemRow item = drafts.itemRow(draft.value(), code).orElseThrow(() -> new NotFoundException("item"));
			if (sameCode.isPresent() && !sameCode.get().id().equals(item.id())) {
				throw BusinessRuleException.onField("code", "catalog.item.code-taken", form.code().strip());
			}
			if (parent != null && drafts.isWithin(item.id(), parent)) {
				throw BusinessRuleException.onField("parentCode", "catalog.item.parent-cycle");
			}
			drafts.updateItem(item.id(), parent, form);
		}
		drafts.recomputeDepths(draft.value());
		events.publishEvent(new CatalogEdited(draft, "item-saved", version.documentCode() + " " + version.label() + ": "
				+ (code == null ? "added " : "changed ") + form.code().strip(), Actor.current()));
	}

	@Override
	@PreAuthorize(EDITORS)
	@Transactional
	public void removeItem(VersionId draft, String code) {
		CatalogVersionView version = draft(draft);
		CatalogDrafts.ItemRow item = drafts.itemRow(draft.value(), code).orElseThrow(() -> new NotFoundException("item"));
		drafts.deleteItem(item.id());
		events.publishEvent(new CatalogEdited(draft, "item-removed", version.documentCode() + " " + version.label()
				+ ": removed " + code + " and what it contained", Actor.current()));
	}

	@Override
	@PreAuthorize(EDITORS)
	@Transactional
	public void moveItem(VersionId draft, String code, boolean up) {
		draft(draft);
		CatalogDrafts.ItemRow item = drafts.itemRow(draft.value(), code).orElseThrow(() -> new NotFoundException("item"));
		drafts.neighbour(draft.value(), item, up).ifPresent(other -> {
			drafts.setPosition(item.id(), other.position());
			drafts.setPosition(other.id(), item.position());
			events.publishEvent(new CatalogEdited(draft, "item-moved", code + (up ? " up" : " down"), Actor.current()));
		});
	}

	@Override
	@PreAuthorize(EDITORS)
	@Transactional
	public void publish(VersionId draft) {
		CatalogVersionView version = draft(draft);
		List<CatalogItemView> items = catalogs.tree(draft.value());
		List<NewItem> checked = items.stream().map(i -> new NewItem(0, null, i.kind(), i.code(), i.label(), null, i.depth(), 0,
				i.titleSw(), i.titleEn(), i.statementSw(), i.statementEn(), i.guidanceSw(), i.guidanceEn(), i.evidenceSw(),
				i.evidenceEn(), i.objectivesEn(), i.weight(), i.level(), i.applicability(), i.tags(), i.withdrawn(), List.of()))
			.toList();
		List<FieldProblem> problems = PublicationPolicy.check(checked, !"OSCAL".equals(drafts.documentSource(draft.value())));
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		drafts.publish(draft.value(), version.documentId().value(), Integer.toHexString(items.toString().hashCode()));
		long requirements = items.stream().filter(i -> i.kind() == ItemKind.REQUIREMENT).count();
		events.publishEvent(new CatalogEdited(draft, "published", version.documentCode() + " version " + version.label()
				+ " published with " + requirements + " requirements", Actor.current()));
	}

	/** A version that may still change; a published one never does (assessments point at it). */
	private CatalogVersionView draft(VersionId id) {
		CatalogVersionView version = version(id);
		if (version.status() != VersionStatus.DRAFT) {
			throw new BusinessRuleException("catalog.version.not-draft", version.label());
		}
		return version;
	}
}
