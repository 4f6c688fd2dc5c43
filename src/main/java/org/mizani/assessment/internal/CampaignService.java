package org.mizani.assessment.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mizani.assessment.AssessmentActivity;
import org.mizani.assessment.AssessmentId;
import org.mizani.assessment.AssessmentStatus;
import org.mizani.assessment.AssessmentView;
import org.mizani.assessment.CampaignForm;
import org.mizani.assessment.CampaignId;
import org.mizani.assessment.CampaignManagement;
import org.mizani.assessment.CampaignRow;
import org.mizani.assessment.CampaignStatus;
import org.mizani.assessment.CampaignView;
import org.mizani.assessment.OverviewQuery;
import org.mizani.catalog.CatalogManagement;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.catalog.VersionId;
import org.mizani.catalog.VersionStatus;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.institution.InstitutionSelection;
import org.mizani.institution.InstitutionType;
import org.mizani.institution.InstitutionView;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
import org.mizani.platform.FieldProblem;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CampaignService implements CampaignManagement {

	/** DESIGN.md: compliance officers manage campaigns; other authority staff read them. */
	static final String MANAGERS = "hasRole('COMPLIANCE_OFFICER')";
	static final String AUTHORITY = org.mizani.platform.Caller.AUTHORITY_STAFF;

	private final Campaigns campaigns;
	private final Assessments assessments;
	private final CatalogManagement catalogs;
	private final InstitutionManagement institutions;
	private final CampaignLauncher launcher;
	private final AssessmentMail mail;
	private final AssessmentExports exports;
	private final ApplicationEventPublisher events;
	private final Today today;

	CampaignService(Campaigns campaigns, Assessments assessments, CatalogManagement catalogs,
			InstitutionManagement institutions, CampaignLauncher launcher, AssessmentMail mail, AssessmentExports exports,
			ApplicationEventPublisher events, Today today) {
		this.campaigns = campaigns;
		this.assessments = assessments;
		this.catalogs = catalogs;
		this.institutions = institutions;
		this.launcher = launcher;
		this.mail = mail;
		this.exports = exports;
		this.events = events;
		this.today = today;
	}

	@Override
	@PreAuthorize(AUTHORITY)
	public List<CampaignView> campaigns() {
		return campaigns.all();
	}

	@Override
	@PreAuthorize(AUTHORITY)
	public CampaignView get(CampaignId id) {
		return campaigns.find(id.value()).orElseThrow(() -> new NotFoundException("campaign"));
	}

	@Override
	@PreAuthorize(MANAGERS)
	@Transactional
	public CampaignView create(CampaignForm form) {
		Caller caller = Caller.require();
		CatalogVersionView version = publishedVersion(form.versionId());
		Campaigns.Scope scope = validate(form, null);
		UUID id = UUID.randomUUID();
		campaigns.insert(id, form, scope, version, caller.userId());
		FrozenCatalog frozen = FrozenCatalog.of(catalogs.tree(version.id()));
		campaigns.freeze(id, frozen.areas(), frozen.requirements());
		events.publishEvent(new AssessmentActivity("assessment.campaign.created", "campaign", id.toString(), null,
				form.name().strip() + " on " + version.documentCode() + " " + version.label(), Actor.current()));
		return get(new CampaignId(id));
	}

	@Override
	@PreAuthorize(MANAGERS)
	@Transactional
	public CampaignView update(CampaignId id, CampaignForm form, long expectedVersion) {
		CampaignView current = get(id);
		if (!current.draft()) {
			throw new BusinessRuleException("campaign.not-draft");
		}
		if (!current.versionId().equals(form.versionId())) {
			throw BusinessRuleException.onField("versionId", "campaign.version.fixed");
		}
		Campaigns.Scope scope = validate(form, id.value());
		if (!campaigns.update(id.value(), form, scope, expectedVersion)) {
			throw new ConcurrentChangeException("campaign");
		}
		events.publishEvent(new AssessmentActivity("assessment.campaign.updated", "campaign", id.toString(), null,
				form.name().strip(), Actor.current()));
		return get(id);
	}

	@Override
	@PreAuthorize(MANAGERS)
	@Transactional
	public int launch(CampaignId id) {
		CampaignView campaign = get(id);
		if (campaign.status() != CampaignStatus.DRAFT) {
			throw new BusinessRuleException("campaign.launch.already");
		}
		List<InstitutionView> inScope = institutions.select(selection(campaigns.scope(id.value())));
		if (inScope.isEmpty()) {
			throw new BusinessRuleException("campaign.launch.empty-scope");
		}
		if (campaign.requirementCount() == 0) {
			throw new BusinessRuleException("campaign.launch.no-requirements");
		}
		if (!campaigns.startLaunch(id.value(), inScope.size(), Caller.require().userId())) {
			throw new BusinessRuleException("campaign.launch.already");
		}
		Map<UUID, InstitutionType> targets = new LinkedHashMap<>();
		inScope.forEach(i -> targets.put(i.id().value(), i.type()));
		launcher.launchAfterCommit(id.value(), campaign.name(), campaign.deadline(), targets, Actor.current());
		events.publishEvent(new AssessmentActivity("assessment.campaign.launch-started", "campaign", id.toString(), null,
				campaign.name() + ": " + inScope.size() + " institutions", Actor.current()));
		return inScope.size();
	}

	@Override
	@PreAuthorize(AUTHORITY)
	public PageResult<CampaignRow> overview(CampaignId id, OverviewQuery query, Paging paging) {
		get(id);
		if (query.text() != null && query.text().length() > 200) {
			throw BusinessRuleException.onField("q", "validation.size.max", 200);
		}
		return campaigns.overview(id.value(), query, paging);
	}

	@Override
	@PreAuthorize(AUTHORITY)
	public Map<AssessmentStatus, Long> statusCounts(CampaignId id) {
		get(id);
		return campaigns.statusCounts(id.value());
	}

	@Override
	@PreAuthorize(MANAGERS)
	@Transactional
	public int remind(CampaignId id) {
		CampaignView campaign = get(id);
		if (campaign.status() != CampaignStatus.OPEN) {
			throw new BusinessRuleException("campaign.not-open");
		}
		Map<UUID, UUID> pending = campaigns.notSubmitted(id.value());
		pending.forEach((assessment, institution) -> mail.reminder(campaign, assessment, institution));
		campaigns.reminded(pending.keySet());
		events.publishEvent(new AssessmentActivity("assessment.campaign.reminded", "campaign", id.toString(), null,
				pending.size() + " institutions reminded", Actor.current()));
		return pending.size();
	}

	@Override
	@PreAuthorize(MANAGERS)
	@Transactional
	public void extendDeadline(AssessmentId id, LocalDate deadline) {
		AssessmentView assessment = assessments.find(id.value()).orElseThrow(() -> new NotFoundException("assessment"));
		if (assessment.campaignStatus() != CampaignStatus.OPEN || !assessment.status().editableByInstitution()) {
			throw BusinessRuleException.onField("deadline", "campaign.extend.not-open");
		}
		if (deadline == null || !deadline.isAfter(assessment.deadline()) || deadline.isBefore(today.date())) {
			throw BusinessRuleException.onField("deadline", "campaign.extend.not-later");
		}
		assessments.extendDeadline(id.value(), deadline);
		events.publishEvent(new AssessmentActivity("assessment.deadline.extended", "assessment", id.toString(),
				assessment.institutionId(), assessment.deadline() + " → " + deadline, Actor.current()));
	}

	@Override
	@PreAuthorize(MANAGERS)
	@Transactional
	public void close(CampaignId id) {
		CampaignView campaign = get(id);
		if (!campaigns.close(id.value())) {
			throw new BusinessRuleException("campaign.not-open");
		}
		events.publishEvent(new AssessmentActivity("assessment.campaign.closed", "campaign", id.toString(), null,
				campaign.name(), Actor.current()));
	}

	@Override
	@PreAuthorize(AUTHORITY)
	public void exportXlsx(CampaignId id, OutputStream out) throws IOException {
		exports.campaignXlsx(get(id), out);
	}

	private CatalogVersionView publishedVersion(UUID versionId) {
		CatalogVersionView version;
		try {
			version = catalogs.version(new VersionId(versionId));
		}
		catch (NotFoundException e) {
			throw BusinessRuleException.onField("versionId", "campaign.version.unknown");
		}
		if (version.status() != VersionStatus.PUBLISHED) {
			throw BusinessRuleException.onField("versionId", "campaign.version.not-published");
		}
		return version;
	}

	private Campaigns.Scope validate(CampaignForm form, UUID except) {
		List<FieldProblem> problems = new ArrayList<>();
		if (campaigns.nameTaken(form.name(), except)) {
			problems.add(new FieldProblem("name", "campaign.name.taken"));
		}
		if (form.deadline().isBefore(form.opensOn())) {
			problems.add(new FieldProblem("deadline", "campaign.deadline.before-opening"));
		}
		List<UUID> listed = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String acronym : clean(form.institutions())) {
			institutions.findByAcronym(acronym).filter(institutions::isActive)
				.ifPresentOrElse(i -> listed.add(i.value()), () -> unknown.add(acronym));
		}
		if (!unknown.isEmpty()) {
			problems.add(new FieldProblem("institutions", "campaign.scope.unknown", String.join(", ", unknown)));
		}
		if (form.parentId() != null && !institutions.isActive(new InstitutionId(form.parentId()))) {
			problems.add(new FieldProblem("parentId", "campaign.scope.unknown-parent"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
		Set<InstitutionType> types = form.types() == null || form.types().isEmpty() ? EnumSet.noneOf(InstitutionType.class)
				: EnumSet.copyOf(form.types());
		return new Campaigns.Scope(types, clean(form.sectors()), clean(form.regions()), form.parentId(),
				listed.stream().distinct().toList());
	}

	static InstitutionSelection selection(Campaigns.Scope scope) {
		return new InstitutionSelection(scope.types() == null ? Set.of() : scope.types(),
				Set.copyOf(scope.sectors() == null ? List.of() : scope.sectors()),
				Set.copyOf(scope.regions() == null ? List.of() : scope.regions()), scope.parent(),
				Set.copyOf(scope.institutions() == null ? List.of() : scope.institutions()));
	}

	private static List<String> clean(List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream().flatMap(v -> List.of(v.split("[,;\\n]")).stream()).map(String::strip)
			.filter(v -> !v.isEmpty()).distinct().toList();
	}
}
