package org.mizani.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mizani.catalog.CatalogImported;
import org.mizani.catalog.DocumentKind;
import org.mizani.catalog.ItemKind;
import org.mizani.catalog.RequirementLevel;
import org.mizani.catalog.VersionId;
import org.mizani.catalog.VersionStatus;
import org.mizani.platform.Actor;
import org.mizani.platform.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the model catalogue shipped with Mizani ({@code catalog/egov-baseline.json}: the nine areas
 * of the e-Government standards, every requirement in Kiswahili and English) at each start. It is
 * data, not a migration: a version already loaded is left alone, a new version in the file
 * supersedes it, and a published version is never changed.
 */
@Component
@Order(5)
class BuiltInBaseline implements ApplicationRunner {

	static final String RESOURCE = "/catalog/egov-baseline.json";
	private static final Logger log = LoggerFactory.getLogger(BuiltInBaseline.class);

	record Baseline(String code, DocumentKind kind, String titleSw, String titleEn, String issuingBody, String description,
			String label, String effectiveDate, List<NewItem> items) {
	}

	private final Catalogs catalogs;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;

	BuiltInBaseline(Catalogs catalogs, TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.catalogs = catalogs;
		this.transaction = transaction;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		Baseline baseline = read();
		List<FieldProblem> problems = PublicationPolicy.check(baseline.items(), true);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The built-in baseline breaks the publication rules: " + problems);
		}
		String hash = hash(baseline);
		transaction.executeWithoutResult(status -> {
			catalogs.lockDocumentCode(baseline.code());
			Optional<UUID> document = catalogs.documentByCode(baseline.code());
			if (document.isPresent()) {
				Optional<Catalogs.ExistingVersion> existing = catalogs.versionByLabel(document.get(), baseline.label());
				if (existing.isPresent()) {
					if (!existing.get().contentHash().equals(hash)) {
						log.warn("Built-in baseline {} {} differs from the published version; published versions never change,"
								+ " give the new content a new version label", baseline.code(), baseline.label());
					}
					return;
				}
				catalogs.supersedePublished(document.get());
			}
			UUID documentId = document.orElseGet(() -> {
				UUID id = UUID.randomUUID();
				catalogs.insertDocument(id, baseline.code(), baseline.kind(), baseline.titleSw(), baseline.titleEn(),
						baseline.issuingBody(), baseline.description(), "BUILT_IN");
				return id;
			});
			UUID version = UUID.randomUUID();
			catalogs.insertVersion(version, documentId, baseline.label(), VersionStatus.PUBLISHED,
					UUID.nameUUIDFromBytes((baseline.code() + "/" + baseline.label()).getBytes(StandardCharsets.UTF_8)),
					OscalCatalogWriter.OSCAL_VERSION, hash);
			catalogs.setEffectiveDate(version, java.time.LocalDate.parse(baseline.effectiveDate()));
			catalogs.insertItems(version, baseline.items());
			long requirements = baseline.items().stream().filter(i -> i.kind() == ItemKind.REQUIREMENT).count();
			events.publishEvent(new CatalogImported(new VersionId(version), "built-in model baseline " + baseline.label()
					+ " loaded: " + requirements + " requirements", Actor.anonymous(Actor.SYSTEM)));
			log.info("Loaded the built-in model baseline {} with {} requirements", baseline.label(), requirements);
		});
	}

	static Baseline read() {
		try (InputStream in = BuiltInBaseline.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			JsonNode root = JsonMapper.shared().readTree(in);
			JsonNode document = root.get("document");
			List<NewItem> items = new ArrayList<>();
			int position = 0;
			for (JsonNode group : root.get("groups")) {
				int groupIndex = items.size();
				items.add(new NewItem(groupIndex, null, ItemKind.GROUP, group.get("code").asString(), group.get("code").asString(),
						null, 0, position++, group.get("title").get("sw").asString(), group.get("title").get("en").asString(),
						null, null, null, null, null, null, null, BigDecimal.ONE, RequirementLevel.MANDATORY, List.of(),
						List.of(), false, List.of()));
				for (JsonNode requirement : group.get("requirements")) {
					List<String> tags = new ArrayList<>();
					requirement.path("tags").forEach(t -> tags.add(t.asString()));
					List<String> applicability = new ArrayList<>();
					requirement.path("applicability").forEach(a -> applicability.add(a.asString()));
					String code = requirement.get("code").asString();
					items.add(new NewItem(items.size(), groupIndex, ItemKind.REQUIREMENT, code, code, null, 1, position++,
							text(requirement, "title", "sw"), text(requirement, "title", "en"),
							text(requirement, "statement", "sw"), text(requirement, "statement", "en"),
							text(requirement, "guidance", "sw"), text(requirement, "guidance", "en"),
							text(requirement, "evidence", "sw"), text(requirement, "evidence", "en"), null,
							new BigDecimal(requirement.path("weight").asString("1")),
							RequirementLevel.valueOf(requirement.path("level").asString("MANDATORY")), applicability, tags,
							false, List.of()));
				}
			}
			return new Baseline(document.get("code").asString(), DocumentKind.valueOf(document.get("kind").asString()),
					document.get("title").get("sw").asString(), document.get("title").get("en").asString(),
					document.path("issuingBody").asString(null), document.get("description").get("en").asString() + "\n\n"
							+ document.get("description").get("sw").asString(),
					root.get("version").get("label").asString(), root.get("version").get("effectiveDate").asString(), items);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(JsonNode node, String field, String language) {
		JsonNode value = node.path(field).path(language);
		return value.isMissingNode() || value.isNull() ? null : value.asString();
	}

	static String hash(Baseline baseline) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (NewItem item : baseline.items()) {
				digest.update(item.toString().replaceAll("index=\\d+,", "").getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
