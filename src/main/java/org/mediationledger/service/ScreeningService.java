package org.mediationledger.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseSource;
import org.mediationledger.model.Compliance;
import org.mediationledger.model.Finding;
import org.mediationledger.model.FindingParty;
import org.mediationledger.model.LedgerRow;
import org.mediationledger.model.Masking;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Party;
import org.mediationledger.model.PartyRole;
import org.mediationledger.model.Problem;
import org.mediationledger.model.ScreeningKind;
import org.mediationledger.model.ScreeningRound;
import org.mediationledger.model.ScreeningValidator;
import org.mediationledger.model.SensitivePeriod;
import org.mediationledger.model.Unit;
import org.mediationledger.model.UnitKind;
import org.mediationledger.model.ValidationException;
import org.mediationledger.store.ScreeningRepository;

/** The weekly screening: rounds and findings, zero reports, sensitive periods, the compliance board and the ledger. */
public final class ScreeningService {
    private final ScreeningRepository repo;
    private final org.mediationledger.store.LeaderRepository leaders;
    private final ReferenceService reference;
    private final SettingsService settings;
    private final CaseService cases;
    private final Messages messages;
    private final Clock clock;

    public ScreeningService(ScreeningRepository repo, org.mediationledger.store.LeaderRepository leaders, ReferenceService reference,
                            SettingsService settings, CaseService cases, Messages messages, Clock clock) {
        this.repo = repo;
        this.leaders = leaders;
        this.reference = reference;
        this.settings = settings;
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The calendar quarter around a day: the board's default range. */
    public static LocalDate[] quarterOf(LocalDate d) {
        LocalDate start = d.withMonth(((d.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        return new LocalDate[] {start, start.plusMonths(3).minusDays(1)};
    }

    public List<Problem> check(ScreeningRound r) {
        return check(r, reference.load());
    }

    /** As check(r), against reference data already read (an import checks thousands of rows against one reading). */
    public List<Problem> check(ScreeningRound r, ReferenceData ref) {
        List<Problem> problems = new ArrayList<>(ScreeningValidator.validate(r, today()));
        if (r.unitId() != null && ref.unit(r.unitId()).isEmpty()) {
            problems.add(Problem.error("unit", "error.unknownUnit"));
        }
        if (r.unitId() != null) {
            ref.unit(r.unitId()).flatMap(u -> u.lifeProblem("roundDate", r.date())).ifPresent(problems::add);
        }
        if (r.gridId() != null && ref.grid(r.gridId()).filter(g -> g.unitId().equals(r.unitId())).isEmpty()) {
            problems.add(Problem.error("grid", "error.gridNotInUnit"));
        }
        if (r.gridId() != null && r.date() != null) {
            ref.grid(r.gridId()).filter(g -> g.retiredOn() != null && !r.date().isBefore(g.retiredOn()))
                    .ifPresent(g -> problems.add(Problem.error("grid", "error.gridRetired", g.name(), g.retiredOn().toString())));
        }
        if (r.leadScreenerId() != null && ref.staffMember(r.leadScreenerId()).isEmpty()) {
            problems.add(Problem.error("leadScreener", "error.unknownStaff"));
        }
        for (UUID s : r.otherScreenerIds()) {
            if (ref.staffMember(s).isEmpty()) {
                problems.add(Problem.error("screeners", "error.unknownStaff"));
            }
        }
        for (int i = 0; i < r.findings().size(); i++) {
            UUID type = r.findings().get(i).disputeTypeId();
            if (type != null && ref.type(type).isEmpty()) {
                problems.add(Problem.error("findings[" + i + "].disputeType", "error.unknownType"));
            }
        }
        return problems;
    }

    /** Records a round (with no findings it is a zero report); nothing is saved when a rule is broken. */
    public ScreeningRound record(ScreeningRound r) {
        settings.session().require(org.mediationledger.model.Permission.RECORD_SCREENING, r.unitId());
        List<Problem> problems = new java.util.ArrayList<>(check(r));
        if (r.id() == null && r.findings().isEmpty() && r.unitId() != null && r.date() != null
                && repo.facts(r.date(), r.date()).stream().anyMatch(f -> f.unitId().equals(r.unitId()) && f.zeroReport())) {
            // one zero report per unit and day: a second click on "登记今天的零报告" must not count twice
            problems.add(Problem.error("roundDate", "error.zeroReportExists", r.date().toString()));
        }
        if (problems.stream().anyMatch(Problem::blocking)) {
            throw new ValidationException(problems);
        }
        return repo.insert(r);
    }

    /** 零报告: the unit screened on that day and found nothing. */
    public ScreeningRound recordZeroReport(UUID unitId, LocalDate date, UUID leadScreenerId) {
        settings.session().require(org.mediationledger.model.Permission.RECORD_SCREENING, unitId);
        return record(new ScreeningRound(null, date, unitId, null, ScreeningKind.ROUTINE, leadScreenerId, List.of(), null,
                List.of(), 0));
    }

    /**
     * Takes a round recorded by mistake off the register (soft delete: it stays in the file and its history). A round
     * whose finding became a case is kept: the case points at it.
     */
    public void delete(UUID roundId) {
        settings.session().require(org.mediationledger.model.Permission.RECORD_SCREENING);
        if (repo.hasCase(roundId)) {
            throw new ValidationException(List.of(Problem.error("round", "error.roundHasCase")));
        }
        repo.softDelete(roundId);
    }

    /**
     * 撤销 after a delete: the round comes back as it was, unless that would break a rule met since (another zero report
     * of the unit that day, or the unit retired before the round's day).
     */
    public void restore(UUID roundId) {
        settings.session().require(org.mediationledger.model.Permission.RECORD_SCREENING);
        var r = repo.deletedRound(roundId)
                .orElseThrow(() -> new ValidationException(List.of(Problem.error("round", "error.roundNotDeleted"))));
        UUID unit = r.value1();
        LocalDate day = r.value2();
        List<Problem> problems = new ArrayList<>();
        reference.load().unit(unit).flatMap(u -> u.lifeProblem("roundDate", day)).ifPresent(problems::add);
        if (Boolean.TRUE.equals(r.value3())
                && repo.facts(day, day).stream().anyMatch(f -> f.unitId().equals(unit) && f.zeroReport())) {
            problems.add(Problem.error("roundDate", "error.zeroReportExists", day.toString()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        repo.restore(roundId);
    }

    public boolean anyRound() {
        return repo.anyRound();
    }

    public List<ScreeningRound> rounds(LocalDate from, LocalDate to, List<UUID> unitIds) {
        List<UUID> units = settings.session().visibleUnits(unitIds);
        return units != null && units.isEmpty() ? List.of() : repo.rounds(from, to, units);
    }

    public Map<UnitKind, Integer> rules() {
        Map<UnitKind, Integer> rules = new EnumMap<>(UnitKind.class);
        for (UnitKind k : UnitKind.values()) {
            rules.put(k, settings.roundsPerWeek(k));
        }
        return rules;
    }

    public void setRoundsPerWeek(UnitKind kind, int rounds) {
        settings.setRoundsPerWeek(kind, rounds); // the settings refuse it unless the role may change settings
    }

    public List<SensitivePeriod> sensitivePeriods() {
        return repo.sensitivePeriods();
    }

    public SensitivePeriod saveSensitivePeriod(SensitivePeriod p) {
        settings.session().require(org.mediationledger.model.Permission.CHANGE_SETTINGS);
        List<Problem> problems = ScreeningValidator.validate(p);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repo.saveSensitivePeriod(p);
    }

    public void deleteSensitivePeriod(UUID id) {
        settings.session().require(org.mediationledger.model.Permission.CHANGE_SETTINGS);
        repo.deleteSensitivePeriod(id);
    }

    /** The board: units × ISO weeks between two dates; unitId narrows it to one unit. */
    public Compliance.Board compliance(LocalDate from, LocalDate to, UUID unitId) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new ValidationException(List.of(Problem.error("to", "error.rangeEndsBeforeStart")));
        }
        List<Unit> units = reference.load().units().stream().filter(u -> unitId == null || u.id().equals(unitId)).toList();
        LocalDate weeksFrom = org.mediationledger.model.IsoWeek.of(from).monday();
        LocalDate weeksTo = org.mediationledger.model.IsoWeek.of(to).sunday();
        return Compliance.compute(units, rules(), repo.sensitivePeriods(), repo.facts(weeksFrom, weeksTo), from, to, today(),
                settings.rounding());
    }

    /** Units that still owe a round this ISO week. */
    public List<Unit> notScreenedThisWeek() {
        var week = org.mediationledger.model.IsoWeek.of(today());
        return Compliance.notYetScreened(reference.load().units(), rules(), repo.facts(week.monday(), week.sunday()), today());
    }

    /** The screening ledger: one line per finding, and one per zero report, in date order. */
    public List<LedgerRow> ledger(LocalDate from, LocalDate to, List<UUID> asked) {
        List<UUID> unitIds = settings.session().visibleUnits(asked);
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        ReferenceData ref = reference.load();
        // the 包案领导 and 化解时限 columns: the leader matter of the finding, or of the case it became (an open one first)
        Map<UUID, org.mediationledger.model.LeaderAssignment> assigned = new java.util.HashMap<>();
        for (org.mediationledger.model.LeaderAssignment a : leaders.all(null)) {
            UUID key = a.findingId() != null ? a.findingId() : a.caseId();
            assigned.merge(key, a, (x, y) -> x.closed() ? y : x);
        }
        List<LedgerRow> out = new ArrayList<>();
        for (ScreeningRound r : repo.rounds(from, to, unitIds)) {
            String unit = ref.unit(r.unitId()).map(Unit::name).orElse("");
            String grid = r.gridId() == null ? "" : ref.grid(r.gridId()).map(g -> g.name()).orElse("");
            String lead = r.leadScreenerId() == null ? "" : ref.staffMember(r.leadScreenerId()).map(s -> s.name()).orElse("");
            String notes = r.notes() == null ? "" : r.notes();
            if (r.isZeroReport()) {
                out.add(new LedgerRow(r.id(), null, null, out.size() + 1, r.date(), unit, grid, "", "", messages.get("ledger.zeroReport"), null,
                        null, null, "", lead, "", "", messages.label(r.kind()), notes));
                continue;
            }
            for (Finding f : r.findings()) {
                String parties = f.parties().stream().map(p -> p.phone() == null ? p.name()
                        : p.name() + " " + Masking.phone(p.phone())).collect(Collectors.joining("、"));
                org.mediationledger.model.LeaderAssignment a = assigned.get(f.id());
                if (a == null && f.caseId() != null) {
                    a = assigned.get(f.caseId());
                }
                String leader = a == null ? "" : ref.staffMember(a.leaderId()).map(s -> s.name()).orElse("");
                out.add(new LedgerRow(r.id(), f.id(), f.caseId(), out.size() + 1, r.date(), unit, grid,
                        ref.type(f.disputeTypeId()).map(t -> t.name()).orElse(""), parties, f.summary(), f.peopleInvolved(),
                        f.amountInvolved(), f.riskLevel(), leader, lead, f.measures() == null ? "" : f.measures(),
                        a == null ? "" : a.deadline().toString(), messages.label(f.status()), notes));
            }
        }
        return out;
    }

    /** A case intake pre-filled from a finding: the first party applies, the others respond. */
    public CaseDraft draftFromFinding(UUID findingId) {
        Finding f = repo.finding(findingId).orElseThrow(() -> new IllegalArgumentException("no finding " + findingId));
        ScreeningRound r = repo.roundOf(findingId).orElseThrow();
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < f.parties().size(); i++) {
            FindingParty p = f.parties().get(i);
            parties.add(new Party(null, i == 0 ? PartyRole.APPLICANT : PartyRole.RESPONDENT, p.name(), null, null, null, null,
                    null, p.phone(), null, null));
        }
        return new CaseDraft(CaseSource.SCREENING, f.disputeTypeId(), r.unitId(), r.gridId(), f.summary(), null,
                f.peopleInvolved(), f.amountInvolved(), f.riskLevel(), today(), null, parties);
    }

    /** Opens the case of a finding; a finding that already became a case is refused. */
    public MediationCase openCase(UUID findingId, CaseDraft draft) {
        Finding f = repo.finding(findingId).orElseThrow(() -> new IllegalArgumentException("no finding " + findingId));
        if (f.caseId() != null) {
            throw new ValidationException(List.of(Problem.error("finding", "error.findingAlreadyCase")));
        }
        return cases.registerFromFinding(draft, findingId);
    }

    public Optional<Finding> finding(UUID id) {
        return repo.finding(id);
    }

    public Optional<Finding> findingOfCase(UUID caseId) {
        return repo.findingOfCase(caseId);
    }
}
