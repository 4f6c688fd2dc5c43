package org.mizani.institution.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;
import org.mizani.platform.ImportReport;
import org.mizani.institution.InstitutionDeactivated;
import org.mizani.institution.InstitutionDetails;
import org.mizani.institution.InstitutionId;
import org.mizani.institution.InstitutionManagement;
import org.mizani.institution.InstitutionQuery;
import org.mizani.institution.InstitutionSelection;
import org.mizani.institution.InstitutionReactivated;
import org.mizani.institution.InstitutionRegistered;
import org.mizani.institution.InstitutionUpdated;
import org.mizani.institution.InstitutionView;
import org.mizani.platform.Actor;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.Caller;
import org.mizani.platform.ConcurrentChangeException;
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
@Transactional
class InstitutionService implements InstitutionManagement {

	private final Institutions institutions;
	private final ApplicationEventPublisher events;
	private final InstitutionImporter importer;
	private final int maxImportRows;
	private final int maxImportBytes;

	InstitutionService(Institutions institutions, ApplicationEventPublisher events, Validator validator,
			@Value("${mizani.institution.import.max-rows:5000}") int maxImportRows,
			@Value("${mizani.institution.import.max-bytes:5242880}") int maxImportBytes) {
		this.institutions = institutions;
		this.events = events;
		this.importer = new InstitutionImporter(validator, institutions);
		this.maxImportRows = maxImportRows;
		this.maxImportBytes = maxImportBytes;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public PageResult<InstitutionView> search(InstitutionQuery query, Paging paging) {
		Caller caller = Caller.require();
		return institutions.search(query, paging, scopeOf(caller));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public void exportXlsx(InstitutionQuery query, java.io.OutputStream out) throws java.io.IOException {
		org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "Mizani", "1.0");
		org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Institutions");
		List<String> headers = new ArrayList<>(InstitutionImporter.COLUMNS);
		headers.add("active");
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
		}
		int[] row = { 1 };
		institutions.each(query, scopeOf(Caller.require()), i -> {
			int r = row[0]++;
			String[] cells = { i.acronym(), i.nameEn(), i.nameSw(), i.type().name(), i.sector(), i.region(), i.parentAcronym(),
					i.email(), i.phone(), i.postalAddress(), i.website(), i.headName(), i.headTitle(), i.ictContactName(),
					i.ictContactEmail(), i.ictContactPhone() };
			for (int c = 0; c < cells.length; c++) {
				sheet.inlineString(r, c, cells[c]);
			}
			sheet.value(r, cells.length, i.active());
			org.mizani.platform.TabularFile.flushEvery1000(sheet, r);
		});
		workbook.finish();
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public InstitutionView get(InstitutionId id) {
		Caller caller = Caller.require();
		return institutions.find(id.value()).filter(i -> caller.canAccess(i.id().value()))
			.orElseThrow(() -> new NotFoundException("institution"));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<InstitutionOption> options() {
		return institutions.options(scopeOf(Caller.require()));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isActive(InstitutionId id) {
		return institutions.isActive(id.value());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<InstitutionId, String> acronyms(Collection<InstitutionId> ids) {
		return institutions.acronyms(ids);
	}

	@Override
	@Transactional(readOnly = true)
	public List<InstitutionView> select(InstitutionSelection selection) {
		return institutions.select(selection);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InstitutionId> findByAcronym(String acronym) {
		return institutions.idByAcronym(acronym).map(InstitutionId::new);
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public InstitutionView register(InstitutionDetails details) {
		InstitutionDetails d = details.normalized();
		UUID id = UUID.randomUUID();
		checkRules(id, d, true);
		institutions.insert(id, d);
		events.publishEvent(new InstitutionRegistered(new InstitutionId(id), d.acronym() + " — " + d.nameEn(), Actor.current()));
		return institutions.find(id).orElseThrow();
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public InstitutionView update(InstitutionId id, InstitutionDetails details, long expectedVersion) {
		InstitutionView before = institutions.find(id.value()).orElseThrow(() -> new NotFoundException("institution"));
		InstitutionDetails d = details.normalized();
		checkRules(id.value(), d, false);
		if (!institutions.update(id.value(), d, expectedVersion)) {
			throw new ConcurrentChangeException("institution");
		}
		events.publishEvent(new InstitutionUpdated(id, changes(before.details(), d), Actor.current()));
		return institutions.find(id.value()).orElseThrow();
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public void deactivate(InstitutionId id) {
		InstitutionView institution = institutions.find(id.value()).orElseThrow(() -> new NotFoundException("institution"));
		if (institutions.setActive(id.value(), false)) {
			events.publishEvent(new InstitutionDeactivated(id, institution.acronym(), Actor.current()));
		}
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public void reactivate(InstitutionId id) {
		InstitutionView institution = institutions.find(id.value()).orElseThrow(() -> new NotFoundException("institution"));
		if (institutions.setActive(id.value(), true)) {
			events.publishEvent(new InstitutionReactivated(id, institution.acronym(), Actor.current()));
		}
	}

	@Override
	@PreAuthorize("hasRole('AUTHORITY_ADMIN')")
	public ImportReport importFile(String filename, byte[] content) {
		if (content.length > maxImportBytes) {
			return new ImportReport(0, 0, List.of(new ImportReport.Problem(0, "", "import.file.too-large",
					maxImportBytes / (1024 * 1024))));
		}
		InstitutionImporter.Plan plan = importer.plan(filename, content, maxImportRows);
		if (!plan.problems().isEmpty()) {
			return new ImportReport(plan.rowsRead(), 0, plan.problems());
		}
		Actor actor = Actor.current();
		for (InstitutionImporter.ValidRow row : InstitutionImporter.parentsFirst(plan.rows())) {
			institutions.insert(row.id(), row.details());
			events.publishEvent(new InstitutionRegistered(new InstitutionId(row.id()),
					row.details().acronym() + " — " + row.details().nameEn() + " (import: " + filename + ", row " + row.row() + ")",
					actor));
		}
		return new ImportReport(plan.rowsRead(), plan.rows().size(), List.of());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Map<String, List<String>> suggestions() {
		return institutions.suggestions();
	}

	private void checkRules(UUID id, InstitutionDetails d, boolean isNew) {
		List<FieldProblem> problems = new ArrayList<>();
		for (String field : institutions.conflicts(d, isNew ? null : id)) {
			problems.add(new FieldProblem(field, "institution.duplicate." + field));
		}
		if (d.parentId() != null) {
			if (d.parentId().equals(id)) {
				problems.add(new FieldProblem("parentId", "institution.parent.self"));
			}
			else if (institutions.find(d.parentId()).isEmpty()) {
				problems.add(new FieldProblem("parentId", "institution.parent.unknown"));
			}
			else if (!isNew && institutions.wouldCycle(id, d.parentId())) {
				problems.add(new FieldProblem("parentId", "institution.parent.cycle"));
			}
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems);
		}
	}

	private static UUID scopeOf(Caller caller) {
		if (caller.authority()) {
			return null;
		}
		return caller.institutionId() == null ? new UUID(0, 0) : caller.institutionId();
	}

	/** Names the fields that changed, for the audit trail. */
	static String changes(InstitutionDetails before, InstitutionDetails after) {
		List<String> changed = new ArrayList<>();
		var components = InstitutionDetails.class.getRecordComponents();
		for (var component : components) {
			try {
				Object a = component.getAccessor().invoke(before);
				Object b = component.getAccessor().invoke(after);
				if (!java.util.Objects.equals(a, b)) {
					changed.add(component.getName());
				}
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}
		return after.acronym() + ": " + (changed.isEmpty() ? "no change" : "changed " + String.join(", ", changed));
	}
}
