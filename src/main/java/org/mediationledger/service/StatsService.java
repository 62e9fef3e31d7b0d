package org.mediationledger.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mediationledger.model.CaseRef;
import org.mediationledger.model.Compliance;
import org.mediationledger.model.Figures;
import org.mediationledger.model.LeaderAssignment;
import org.mediationledger.model.Measure;
import org.mediationledger.model.Period;
import org.mediationledger.model.ReceptionDay;
import org.mediationledger.model.ReceptionMatter;
import org.mediationledger.model.Rounding;
import org.mediationledger.store.StatsRepository;
import org.mediationledger.model.Breakdown;
import org.mediationledger.store.StatsRepository.Scope;

/**
 * The figures an office reports: for a period and a scope (township, one unit, one grid), by unit, dispute type,
 * month or source, with the previous period (环比) and the same period a year before (同比); and the cases behind
 * each case figure.
 */
public final class StatsService {
    public static final int DECIMALS = 1;
    private final StatsRepository repo;
    private final ScreeningService screening;
    private final LeaderService leaders;
    private final ReceptionService reception;
    private final SettingsService settings;
    private final ReferenceService reference;
    private final Clock clock;

    public StatsService(StatsRepository repo, ScreeningService screening, LeaderService leaders, ReceptionService reception,
                        SettingsService settings, ReferenceService reference, Clock clock) {
        this.repo = repo;
        this.screening = screening;
        this.leaders = leaders;
        this.reception = reception;
        this.settings = settings;
        this.reference = reference;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Rounding rounding() {
        return settings.rounding();
    }

    public void setRounding(Rounding r) {
        settings.setRounding(r);
    }

    /** Every figure of the period in the scope (unitId and gridId may be null: the whole township). */
    public Figures figures(Period p, UUID unitId, UUID gridId) {
        Scope s = new Scope(p.from(), p.to(), unitId, gridId);
        StatsRepository.CaseCounts c = repo.caseCounts(s);
        StatsRepository.ScreeningCounts sc = repo.screening(s);
        Compliance.Board board = screening.compliance(p.from(), p.to(), unitId);
        Figures.Screening screened = new Figures.Screening(sc.rounds(), sc.zeroReports(), board.met(), board.expected(), sc.findings(),
                sc.handled());
        return new Figures(c.counts(), c.amount(), c.people(), screened, leader(p, unitId), gridId == null && unitId == null
                ? petitions(p) : Figures.Petitions.NONE);
    }

    /** The case figures recounted from the cases and their paths, bypassing the summary table (its check). */
    public Figures recount(Period p, UUID unitId) {
        Scope s = new Scope(p.from(), p.to(), unitId, null);
        StatsRepository.CaseCounts c = repo.recount(s);
        StatsRepository.ScreeningCounts sc = repo.recountScreening(s);
        return new Figures(c.counts(), c.amount(), c.people(),
                new Figures.Screening(sc.rounds(), sc.zeroReports(), 0, 0, sc.findings(), sc.handled()), null, null);
    }

    /** The case figures per unit, dispute type, month or source, labelled by name ("东山村", "婚姻家庭", "2026-10" …). */
    public Map<String, Figures> by(Period p, UUID unitId, Breakdown d) {
        ReferenceData ref = reference.load();
        Map<String, Figures> out = new LinkedHashMap<>();
        Map<String, StatsRepository.CaseCounts> counts = repo.caseCountsBy(new Scope(p.from(), p.to(), unitId, null), d);
        if (d == Breakdown.UNIT) {
            return perUnit(ref, unitId, id -> counts.get(id.toString()));
        }
        counts.forEach((k, c) -> out.put(d == Breakdown.TYPE ? ref.type(UUID.fromString(k)).map(t -> t.name()).orElse(k) : k,
                cases(c)));
        return out;
    }

    /** Every unit (or the one asked for), also those without a case, in the township's order. */
    private static Map<String, Figures> perUnit(ReferenceData ref, UUID unitId,
                                                java.util.function.Function<UUID, StatsRepository.CaseCounts> counts) {
        Map<String, Figures> out = new LinkedHashMap<>();
        ref.units().stream().filter(u -> unitId == null || u.id().equals(unitId)).forEach(u -> out.put(u.name(), cases(counts.apply(u.id()))));
        return out;
    }

    /** Figures made of case counts only (no screening, leader or petition part); none counted for null. */
    private static Figures cases(StatsRepository.CaseCounts c) {
        return c == null ? new Figures(null, null, null, null, null, null) : new Figures(c.counts(), c.amount(), c.people(), null, null, null);
    }

    /** Only the case figures of a period in the whole township (what the dashboard's month card needs). */
    private Figures caseFigures(Period p) {
        return cases(repo.caseCounts(new Scope(p.from(), p.to(), null, null)));
    }

    /** What the dashboard shows: this month's cases with 环比 and 同比, and this year's case figures in total, by unit and by type. */
    public record Dashboard(Period year, Comparison month, Figures yearCases, Map<String, Figures> byUnit, Map<String, Figures> byType) {
    }

    /** The dashboard's figures; this year's case figures come from one pass over the year, split three ways here. */
    public Dashboard dashboard() {
        LocalDate t = today();
        Period year = Period.year(t.getYear());
        ReferenceData ref = reference.load();
        List<StatsRepository.UnitTypeCounts> rows = repo.caseCountsByUnitAndType(new Scope(year.from(), year.to(), null, null));
        StatsRepository.CaseCounts total = StatsRepository.CaseCounts.NONE;
        Map<UUID, StatsRepository.CaseCounts> units = new java.util.HashMap<>();
        Map<UUID, StatsRepository.CaseCounts> types = new java.util.HashMap<>();
        for (StatsRepository.UnitTypeCounts r : rows) {
            total = total.plus(r.counts());
            units.merge(r.unitId(), r.counts(), StatsRepository.CaseCounts::plus);
            types.merge(r.typeId(), r.counts(), StatsRepository.CaseCounts::plus);
        }
        Map<String, Figures> byType = new LinkedHashMap<>();
        types.forEach((id, c) -> byType.put(ref.type(id).map(x -> x.name()).orElse(id.toString()), cases(c)));
        Period month = Period.of(Period.Kind.MONTH, t);
        Comparison monthCases = new Comparison(month, caseFigures(month), caseFigures(month.previous()), caseFigures(month.yearAgo()));
        return new Dashboard(year, monthCases, cases(total), perUnit(ref, null, units::get), byType);
    }

    /** The cases a case figure counts: its numerator, case by case. */
    public List<CaseRef> cases(Period p, UUID unitId, UUID gridId, Measure m) {
        return repo.cases(new Scope(p.from(), p.to(), unitId, gridId), m);
    }

    /** A period with the one before (环比) and the same one a year earlier (同比). */
    public record Comparison(Period period, Figures now, Figures previous, Figures yearAgo) {
    }

    public Comparison compare(Period p, UUID unitId) {
        return new Comparison(p, figures(p, unitId, null), figures(p.previous(), unitId, null), figures(p.yearAgo(), unitId, null));
    }

    private Figures.Leader leader(Period p, UUID unitId) {
        LocalDate t = today();
        List<LeaderAssignment> in = leaders.board(null).stream().filter(a -> !a.assignedDate().isBefore(p.from())
                && !a.assignedDate().isAfter(p.to()) && (unitId == null || unitId.equals(a.responsibleUnitId()))).toList();
        return new Figures.Leader(in.size(), in.stream().filter(LeaderAssignment::closed).count(),
                in.stream().filter(LeaderAssignment::closedOnTime).count(), in.stream().filter(a -> a.overdue(t)).count());
    }

    private Figures.Petitions petitions(Period p) {
        LocalDate t = today();
        List<ReceptionMatter> in = reception.days(p.from(), p.to()).stream().map(ReceptionDay::matters).flatMap(List::stream)
                .filter(ReceptionMatter::isPetition).toList();
        long late = in.stream().filter(x -> !x.lateSteps(t).isEmpty()).count();
        return new Figures.Petitions(in.size(), in.size() - late, late);
    }
}
