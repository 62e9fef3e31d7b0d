package org.mediationledger.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.CaseOrigin;
import org.mediationledger.model.CaseSummary;
import org.mediationledger.model.CaseValidator;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Page;
import org.mediationledger.model.Problem;
import org.mediationledger.model.ValidationException;
import org.mediationledger.store.CaseRepository;

/** The case register: intake with validation, editing with conflict detection, search, history. */
public final class CaseService {
    private final CaseRepository cases;
    private final ReferenceService reference;
    private final SettingsService settings;
    private final Clock clock;

    public CaseService(CaseRepository cases, ReferenceService reference, SettingsService settings, Clock clock) {
        this.cases = cases;
        this.reference = reference;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every problem of the draft, also those that need the reference data (a grid of another unit …). */
    public List<Problem> check(CaseDraft d) {
        return check(d, reference.load());
    }

    /** As check(d), against reference data already read (an import checks thousands of rows against one reading). */
    public List<Problem> check(CaseDraft d, ReferenceData ref) {
        List<Problem> problems = new ArrayList<>(CaseValidator.validate(d, today()));
        if (d.unitId() != null && ref.unit(d.unitId()).isEmpty()) {
            problems.add(Problem.error("unit", "error.unknownUnit"));
        }
        if (d.unitId() != null) {
            ref.unit(d.unitId()).flatMap(u -> u.lifeProblem("receivedDate", d.receivedDate())).ifPresent(problems::add);
        }
        if (d.gridId() != null && ref.grid(d.gridId()).filter(g -> g.unitId().equals(d.unitId())).isEmpty()) {
            problems.add(Problem.error("grid", "error.gridNotInUnit"));
        }
        if (d.disputeTypeId() != null && ref.type(d.disputeTypeId()).isEmpty()) {
            problems.add(Problem.error("disputeType", "error.unknownType"));
        }
        if (d.mediatorId() != null && ref.staffMember(d.mediatorId()).isEmpty()) {
            problems.add(Problem.error("mediator", "error.unknownStaff"));
        }
        return problems;
    }

    /** Registers a case and gives it its number; nothing is saved when a rule is broken. */
    public MediationCase register(CaseDraft d) {
        settings.session().require(org.mediationledger.model.Permission.REGISTER_CASE, d.unitId());
        List<Problem> problems = check(d);
        if (CaseValidator.hasErrors(problems)) {
            throw new ValidationException(problems);
        }
        return cases.insert(d, settings.series());
    }

    /**
     * Registers many cases of an old register with the results they carry, in the caller's transaction (issue 19's
     * import): each checked as the form checks it, then saved together (CaseRepository.insertImported). Returns the
     * ids in the given order.
     */
    List<UUID> registerImported(List<CaseRepository.Imported> rows, ReferenceData ref) {
        for (CaseRepository.Imported i : rows) {
            settings.session().require(org.mediationledger.model.Permission.REGISTER_CASE, i.draft().unitId());
            List<Problem> problems = check(i.draft(), ref);
            if (CaseValidator.hasErrors(problems)) {
                throw new ValidationException(problems);
            }
        }
        return cases.insertImported(rows, settings.series());
    }

    /** Cases written since the search box's word index last took them in (indexed before the next search). */
    public int searchIndexWaiting() {
        return cases.searchIndexWaiting();
    }

    /** Brings the search box's word index up to date now (a benchmark, after a bulk load); returns how many cases it took in. */
    public int catchUpSearchIndex() {
        return cases.catchUpSearchIndex();
    }

    /** Whether this ledger's series already has a case with the year and place (another text of the same number). */
    public boolean numberTaken(int year, int seq) {
        return cases.numberTaken(settings.series().key(), year, seq);
    }

    /** Every case number of the ledger's cases as written, read at once. */
    public java.util.Set<String> allNumbers() {
        return cases.allNumbers();
    }

    /** Every year and place taken in this ledger's series, as year * 1,000,000 + seq, read at once. */
    public java.util.Set<Long> takenSeqs() {
        return cases.takenSeqs(settings.series().key());
    }

    /** Registers a case opened from a screening finding and links the two, in one transaction. */
    public MediationCase registerFromFinding(CaseDraft d, UUID findingId) {
        return registerFrom(d, CaseOrigin.finding(findingId));
    }

    /** Registers a case opened from a finding or a reception matter and links the two, in one transaction. */
    public MediationCase registerFrom(CaseDraft d, CaseOrigin origin) {
        settings.session().require(org.mediationledger.model.Permission.REGISTER_CASE, d.unitId());
        List<Problem> problems = new ArrayList<>(check(d));
        if (CaseValidator.hasErrors(problems)) {
            throw new ValidationException(problems);
        }
        return cases.insert(d, settings.series(), origin);
    }

    /** Saves changes unless someone else saved meanwhile (then ConcurrentEditException, nothing saved). */
    public MediationCase update(UUID id, int expectedVersion, CaseDraft d) {
        settings.session().require(org.mediationledger.model.Permission.EDIT_CASE, d.unitId());
        if (settings.session().scoped()) {
            get(id).ifPresent(stored -> settings.session().requireOwnCase(stored.draft().mediatorId()));
        }
        List<Problem> problems = check(d);
        if (CaseValidator.hasErrors(problems)) {
            throw new ValidationException(problems);
        }
        return cases.update(id, expectedVersion, d);
    }

    public void recordFullPrint(UUID id, String paper) {
        settings.session().require(org.mediationledger.model.Permission.SHOW_FULL_NUMBERS);
        cases.recordFullPrint(id, paper);
    }

    /** The clerk chose to see a case's ID numbers and phones in full: the history keeps who and when. */
    public void recordFullView(UUID id) {
        settings.session().require(org.mediationledger.model.Permission.SHOW_FULL_NUMBERS);
        cases.recordFullView(id);
    }

    /** Removes a case registered by mistake (kept in the file, marked deleted, left out of every list and figure). */
    public void delete(UUID id) {
        settings.session().require(org.mediationledger.model.Permission.DELETE_CASE);
        cases.softDelete(id);
    }

    public Optional<MediationCase> get(UUID id) {
        return visible(cases.find(id));
    }

    public Optional<MediationCase> byNumber(String number) {
        return visible(cases.findByNumber(number));
    }

    /** A village user sees their own unit's cases only: another's is refused with a sentence, not shown. */
    private Optional<MediationCase> visible(Optional<MediationCase> c) {
        c.ifPresent(x -> settings.session().requireVisible(x.draft().unitId()));
        return c;
    }

    /** A case by its number in full, "2026-13", or just 13 for this year. */
    public Optional<MediationCase> byShortNumber(String n) {
        String t = n == null ? "" : n.strip();
        if (t.matches("\\d{1,6}")) {
            return byYearAndSeq(today().getYear(), Integer.parseInt(t));
        }
        if (t.matches("\\d{4}-\\d{1,6}")) {
            return byYearAndSeq(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
        }
        return byNumber(t);
    }

    /** By the number's year and place in the year's series (case_year, case_seq), not by rebuilding its text. */
    private Optional<MediationCase> byYearAndSeq(int year, int seq) {
        return visible(cases.findByYearAndSeq(settings.series().key(), year, seq));
    }

    public Page<CaseSummary> search(CaseFilter filter, int offset, int limit) {
        List<UUID> units = settings.session().visibleUnits(filter.unitId() == null ? null : List.of(filter.unitId()));
        if (units != null && units.isEmpty()) {
            return new Page<>(List.of(), offset, limit, 0);
        }
        CaseFilter f = units == null || filter.unitId() != null ? filter : filter.inUnit(units.get(0));
        return cases.search(f, offset, limit, settings.mediationDays());
    }

    public List<AuditEntry> history(UUID id) {
        visible(cases.find(id));
        return cases.history(id);
    }

    /** Conflicts from a data exchange still open on this case (its parties and path included): a person decides them. */
    public int openExchangeConflicts(UUID id) {
        visible(cases.find(id));
        return cases.openExchangeConflicts(id);
    }

    /** Of the cases on a page of the register, those with an exchange conflict still open (the list marks them). */
    public java.util.Set<UUID> withOpenExchangeConflicts(List<UUID> caseIds) {
        return cases.withOpenExchangeConflicts(caseIds);
    }

    public int countOpen() {
        return cases.countOpen();
    }

    public int countAll() {
        return cases.countAll();
    }

    public Map<String, Integer> countByUnitThisYear() {
        LocalDate t = today();
        return cases.countByUnit(t.withDayOfYear(1), t);
    }
}
