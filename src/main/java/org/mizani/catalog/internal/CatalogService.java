package org.mizani.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.mizani.catalog.CatalogDocumentView;
import org.mizani.catalog.CatalogImported;
import org.mizani.catalog.CatalogItemView;
import org.mizani.catalog.CatalogManagement;
import org.mizani.catalog.CatalogQuery;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.catalog.DocumentId;
import org.mizani.catalog.DocumentKind;
import org.mizani.catalog.ImportSummary;
import org.mizani.catalog.ItemKind;
import org.mizani.catalog.VersionId;
import org.mizani.catalog.VersionStatus;
import org.mizani.catalog.VersionDiff;
import org.mizani.catalog.CatalogEdited;
import org.mizani.catalog.DocumentForm;
import org.mizani.catalog.ItemForm;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CatalogService implements CatalogManagement {

	/** Who may import and see drafts (DESIGN.md: compliance officers manage catalogues). */
	static final String EDITORS = "hasAnyRole('COMPLIANCE_OFFICER', 'AUTHORITY_ADMIN')";

	private final Catalogs catalogs;
	private final ApplicationEventPublisher events;
	private final long maxImportBytes;

	CatalogService(Catalogs catalogs, ApplicationEventPublisher events,
			@Value("${mizani.catalog.import.max-bytes:52428800}") long maxImportBytes) {
		this.catalogs = catalogs;
		this.events = events;
		this.maxImportBytes = maxImportBytes;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<CatalogDocumentView> documents() {
		return catalogs.documents(isEditor());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<CatalogVersionView> versions(DocumentId document) {
		return catalogs.versions(document.value()).stream().filter(this::visible).toList();
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public CatalogVersionView version(VersionId version) {
		return catalogs.version(version.value()).filter(this::visible).orElseThrow(() -> new NotFoundException("catalog version"));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<CatalogItemView> tree(VersionId version) {
		version(version);
		return catalogs.tree(version.value());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Optional<CatalogItemView> requirement(VersionId version, String code) {
		version(version);
		return code == null || code.length() > 120 ? Optional.empty() : catalogs.item(version.value(), code);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public PageResult<CatalogItemView> search(VersionId version, CatalogQuery query, Paging paging) {
		version(version);
		if (query.text() != null && query.text().length() > 200) {
			throw BusinessRuleException.onField("q", "validation.size.max", 200);
		}
		return catalogs.search(version.value(), query, paging);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<String> tags(VersionId version) {
		version(version);
		return catalogs.tags(version.value());
	}

	@Override
	@PreAuthorize(EDITORS)
	@Transactional
	public ImportSummary importOscal(String filename, byte[] content) {
		if (content.length == 0) {
			throw BusinessRuleException.onField("file", "import.file.empty");
		}
		if (content.length > maxImportBytes) {
			throw BusinessRuleException.onField("file", "import.file.too-large", maxImportBytes / (1024 * 1024));
		}
		ParsedCatalog parsed;
		try {
			parsed = new OscalCatalogReader().read(content);
		}
		catch (OscalImportException e) {
			throw e.asProblem();
		}
		return store(parsed, parsed.items().stream().map(NewItem::of).toList(),
				parsed.title().toLowerCase(Locale.ROOT).contains("baseline") ? DocumentKind.BASELINE : DocumentKind.STANDARD,
				"OSCAL import");
	}

	/** Stores a read catalogue as a published version: nothing when exactly it is there already, all or nothing otherwise. */
	private ImportSummary store(ParsedCatalog parsed, List<NewItem> items, DocumentKind kindIfNew, String how) {
		String hash = contentHash(parsed);
		UUID document = catalogs.documentByCodeOrTitle(codeFor(parsed.title()), parsed.title()).orElse(null);
		if (document != null) {
			Optional<Catalogs.ExistingVersion> existing = catalogs.versionByLabel(document, parsed.version());
			if (existing.isPresent()) {
				if (!existing.get().contentHash().equals(hash)) {
					throw BusinessRuleException.onField("file", "catalog.import.version-conflict", parsed.version());
				}
				CatalogVersionView version = catalogs.version(existing.get().id()).orElseThrow();
				return summary(version, parsed, false);
			}
		}
		boolean newDocument = document == null;
		if (newDocument) {
			document = UUID.randomUUID();
			catalogs.insertDocument(document, uniqueCode(codeFor(parsed.title())), kindIfNew, parsed.title(), parsed.title(),
					null, null, "OSCAL");
		}
		else {
			catalogs.supersedePublished(document);
		}
		UUID versionId = UUID.randomUUID();
		catalogs.insertVersion(versionId, document, parsed.version(), VersionStatus.PUBLISHED, oscalUuid(parsed.uuid()),
				parsed.oscalVersion(), hash);
		catalogs.insertItems(versionId, items);
		CatalogVersionView version = catalogs.version(versionId).orElseThrow();
		ImportSummary summary = summary(version, parsed, true);
		events.publishEvent(new CatalogImported(version.id(), how + " of '" + parsed.title() + "' version "
				+ parsed.version() + ": " + summary.requirementCount() + " requirements (" + summary.withdrawnCount()
				+ " withdrawn)" + (newDocument ? ", new document" : ", supersedes the previous version"), Actor.current()));
		return summary;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public byte[] exportOscal(VersionId version) {
		CatalogVersionView view = version(version);
		UUID catalogUuid = catalogs.oscalUuid(version.value()).orElse(version.value());
		return new OscalCatalogWriter().write(view, catalogUuid, catalogs.tree(version.value()));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public VersionDiff diff(VersionId from, VersionId to) {
		CatalogVersionView before = version(from);
		CatalogVersionView after = version(to);
		if (!before.documentId().equals(after.documentId())) {
			throw BusinessRuleException.onField("to", "catalog.diff.other-document");
		}
		return VersionComparison.compare(before, catalogs.tree(from.value()), after, catalogs.tree(to.value()));
	}

	@Override
	@PreAuthorize(EDITORS)
	@Transactional
	public ImportSummary importProfile(VersionId source, String filename, byte[] content) {
		CatalogVersionView from = version(source);
		if (content.length == 0) {
			throw BusinessRuleException.onField("file", "import.file.empty");
		}
		if (content.length > maxImportBytes) {
			throw BusinessRuleException.onField("file", "import.file.too-large", maxImportBytes / (1024 * 1024));
		}
		List<CatalogItemView> tree = catalogs.tree(source.value());
		java.util.Set<String> controls = new java.util.LinkedHashSet<>();
		tree.stream().filter(i -> i.kind() == ItemKind.REQUIREMENT).forEach(i -> controls.add(i.code()));
		OscalProfileReader.Profile profile;
		try {
			profile = new OscalProfileReader().read(content, controls);
		}
		catch (OscalImportException e) {
			throw e.asProblem();
		}
		List<NewItem> selected = ProfileSelection.apply(tree, profile.selected());
		ParsedCatalog parsed = new ParsedCatalog(profile.uuid(), profile.title(), profile.version(), from.oscalVersion(),
				selected.stream().map(i -> new ParsedCatalog.Item(i.index(), i.parentIndex(), i.kind(), i.code(), i.label(),
						i.sortKey(), i.depth(), i.position(), i.titleEn(), i.statementEn(), i.guidanceEn(), i.objectivesEn(),
						i.withdrawn(), i.links())).toList());
		return store(parsed, selected, DocumentKind.BASELINE, "profile of " + from.documentCode() + " " + from.label());
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
			Catalogs.ItemRow parentRow = catalogs.itemRow(draft.value(), form.parentCode().strip())
				.orElseThrow(() -> BusinessRuleException.onField("parentCode", "catalog.item.parent-unknown"));
			parent = parentRow.id();
		}
		Optional<Catalogs.ItemRow> sameCode = catalogs.itemRow(draft.value(), form.code().strip());
		if (code == null) {
			if (sameCode.isPresent()) {
				throw BusinessRuleException.onField("code", "catalog.item.code-taken", form.code().strip());
			}
			catalogs.insertItem(draft.value(), parent, catalogs.nextPosition(draft.value(), parent), form);
		}
		else {
			Catalogs.ItemRow item = catalogs.itemRow(draft.value(), code).orElseThrow(() -> new NotFoundException("item"));
			if (sameCode.isPresent() && !sameCode.get().id().equals(item.id())) {
				throw BusinessRuleException.onField("code", "catalog.item.code-taken", form.code().strip());
			}
			if (parent != null && catalogs.isWithin(item.id(), parent)) {
				throw BusinessRuleException.onField("parentCode", "catalog.item.parent-cycle");
			}
			catalogs.updateItem(item.id(), parent, form);
		}
		catalogs.recomputeDepths(draft.value());
		events.publishEvent(new CatalogEdited(draft, "item-saved", version.documentCode() + " " + version.label() + ": "
				+ (code == null ? "added " : "changed ") + form.code().strip(), Actor.current()));
	}

	@Override
	@PreAuthorize(EDITORS)
	@Transactional
	public void removeItem(VersionId draft, String code) {
		CatalogVersionView version = draft(draft);
		Catalogs.ItemRow item = catalogs.itemRow(draft.value(), code).orElseThrow(() -> new NotFoundException("item"));
		catalogs.deleteItem(item.id());
		events.publishEvent(new CatalogEdited(draft, "item-removed", version.documentCode() + " " + version.label()
				+ ": removed " + code + " and what it contained", Actor.current()));
	}

	@Override
	@PreAuthorize(EDITORS)
	@Transactional
	public void moveItem(VersionId draft, String code, boolean up) {
		draft(draft);
		Catalogs.ItemRow item = catalogs.itemRow(draft.value(), code).orElseThrow(() -> new NotFoundException("item"));
		catalogs.neighbour(draft.value(), item, up).ifPresent(other -> {
			catalogs.setPosition(item.id(), other.position());
			catalogs.setPosition(other.id(), item.position());
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
		List<FieldProblem> problems = PublicationPolicy.check(checked, !"OSCAL".equals(catalogs.documentSource(draft.value())));
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		catalogs.publish(draft.value(), version.documentId().value(), Integer.toHexString(items.toString().hashCode()));
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

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private ImportSummary summary(CatalogVersionView version, ParsedCatalog parsed, boolean created) {
		return new ImportSummary(version.documentId(), version.documentCode(), version.documentTitleEn(), version.id(),
				version.label(), (int) parsed.count(ItemKind.GROUP), (int) parsed.count(ItemKind.REQUIREMENT),
				(int) parsed.withdrawn(), created);
	}

	private boolean visible(CatalogVersionView version) {
		return version.status() != VersionStatus.DRAFT || isEditor();
	}

	private static boolean isEditor() {
		return Caller.current().map(c -> c.hasRole("COMPLIANCE_OFFICER") || c.hasRole("AUTHORITY_ADMIN")).orElse(false);
	}

	private String uniqueCode(String base) {
		String code = base;
		for (int n = 2; catalogs.codeTaken(code); n++) {
			code = base.substring(0, Math.min(base.length(), 74)) + "-" + n;
		}
		return code;
	}

	/** A readable, stable code from a title: "NIST SP 800-53 ..." becomes "NIST-SP-800-53-...". */
	static String codeFor(String title) {
		String code = title.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return code.isEmpty() ? "CATALOG" : code.substring(0, Math.min(code.length(), 80));
	}

	private static UUID oscalUuid(String uuid) {
		try {
			return UUID.fromString(uuid.strip());
		}
		catch (IllegalArgumentException e) {
			throw BusinessRuleException.onField("$.catalog.uuid", "catalog.import.uuid", "$.catalog.uuid");
		}
	}

	/** A hash of what is stored (not of the file's bytes), so that re-formatting the same catalog changes nothing. */
	static String contentHash(ParsedCatalog parsed) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((parsed.title() + "\u0000" + parsed.version()).getBytes(StandardCharsets.UTF_8));
			for (ParsedCatalog.Item item : parsed.items()) {
				digest.update(String.join("\u0000", String.valueOf(item.parentIndex()), item.kind().name(), item.code(),
						String.valueOf(item.label()), item.title(), String.valueOf(item.statement()),
						String.valueOf(item.guidance()), String.valueOf(item.objectives()), String.valueOf(item.withdrawn()),
						item.links().toString()).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
