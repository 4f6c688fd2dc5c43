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
		return store(new Incoming(parsed.uuid(), parsed.title(), parsed.version(), parsed.oscalVersion(),
				parsed.items().stream().map(NewItem::of).toList()),
				parsed.title().toLowerCase(Locale.ROOT).contains("baseline") ? DocumentKind.BASELINE : DocumentKind.STANDARD,
				"OSCAL import");
	}

	/** Stores a read catalogue as a published version: nothing when exactly it is there already, all or nothing otherwise. */
	/** A catalogue version about to be stored, whatever it was read from. */
	record Incoming(String uuid, String title, String version, String oscalVersion, List<NewItem> items) {

		int count(ItemKind kind) {
			return (int) items.stream().filter(i -> i.kind() == kind).count();
		}

		int withdrawn() {
			return (int) items.stream().filter(NewItem::withdrawn).count();
		}
	}

	private ImportSummary store(Incoming parsed, DocumentKind kindIfNew, String how) {
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
		catalogs.insertItems(versionId, parsed.items());
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
		return store(new Incoming(profile.uuid(), profile.title(), profile.version(), from.oscalVersion(), selected), DocumentKind.BASELINE, "profile of " + from.documentCode() + " " + from.label());
	}


	private ImportSummary summary(CatalogVersionView version, Incoming parsed, boolean created) {
		return new ImportSummary(version.documentId(), version.documentCode(), version.documentTitleEn(), version.id(),
				version.label(), parsed.count(ItemKind.GROUP), parsed.count(ItemKind.REQUIREMENT), parsed.withdrawn(), created);
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
	static String contentHash(Incoming parsed) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((parsed.title() + "\u0000" + parsed.version()).getBytes(StandardCharsets.UTF_8));
			for (NewItem item : parsed.items()) {
				digest.update(String.join("\u0000", String.valueOf(item.parentIndex()), item.kind().name(), item.code(),
						String.valueOf(item.label()), item.titleEn(), String.valueOf(item.statementEn()),
						String.valueOf(item.guidanceEn()), String.valueOf(item.objectivesEn()), String.valueOf(item.withdrawn()),
						item.links().toString()).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
