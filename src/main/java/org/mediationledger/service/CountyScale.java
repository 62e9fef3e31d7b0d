package org.mediationledger.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.mediationledger.model.Period;
import org.mediationledger.store.CountyGenerator;

/** A county-scale data file for trials (generated from a seed) and the benchmark that times the figures on it. */
public final class CountyScale {
    private final CountyGenerator generator;
    private final SettingsService settings;
    private final ReferenceService reference;
    private final StatsService stats;
    private final ReportService reports;
    private final CaseService cases;
    private final ScreeningService screening;
    private final PathService path;

    public CountyScale(CountyGenerator generator, SettingsService settings, ReferenceService reference, StatsService stats,
                       ReportService reports, CaseService cases, ScreeningService screening, PathService path) {
        this.path = path;
        this.generator = generator;
        this.settings = settings;
        this.reference = reference;
        this.stats = stats;
        this.reports = reports;
        this.cases = cases;
        this.screening = screening;
    }

    /** What a generated file holds. */
    public record Size(long units, long rounds, long findings, long cases, long attempts, long agreements) {
    }

    public Size generate(int seed, int units, int years, int caseCount, Consumer<String> progress) {
        if (cases.countAll() > 0 || !reference.load().units().isEmpty()) {
            throw new IllegalStateException("the data file is not empty");
        }
        settings.setTownship("示范县");
        reference.ensureDefaultTypes();
        List<java.util.UUID> types = reference.load().activeTypes().stream().map(t -> t.id()).toList();
        generator.generate(seed, units, years, caseCount, stats.today(), types, progress);
        return new Size(generator.count("UNIT"), generator.count("SCREENING_ROUND"), generator.count("FINDING"),
                generator.count("MEDIATION_CASE"), generator.count("MEDIATION_ATTEMPT"), generator.count("AGREEMENT"));
    }

    /** Medians in milliseconds of the timed work, each beside the plain GROUP BY baseline of the same run. */
    public record Result(int runs, double dashboardMs, double yearlyReportMs, double plainGroupByMs, double plainGroupByYearMs,
                         double recountYearMs, double firstPageMs, double searchNameMs, double searchNumberMs,
                         int searchIndexed, double searchIndexMs, double searchWordMs) {
    }

    /**
     * Times, after two warm-up rounds: the dashboard (cases in hand, this month with 环比/同比, this year's rates, by
     * unit, by type, units not screened this week, and the case reminders of "my work"); the yearly report of last year; and, as the baseline, one plain
     * SQL GROUP BY over the same cases and their attempts (this month, and last year).
     */
    public Result benchmark(int runs) {
        LocalDate t = stats.today();
        Period year = Period.year(t.getYear());
        Period lastYear = Period.year(t.getYear() - 1);
        Period month = Period.of(Period.Kind.MONTH, t);
        Runnable dashboard = () -> {
            cases.countOpen();
            stats.dashboard();
            screening.notScreenedThisWeek();
            path.myWork();
        };
        Runnable report = () -> reports.report(lastYear);
        Runnable plain = () -> generator.plainGroupBy(year.from(), year.to());
        Runnable plainLast = () -> generator.plainGroupBy(lastYear.from(), lastYear.to());
        Runnable recount = () -> stats.recount(year, null);
        // the case list as the window asks for it: a page of 100, no filter; the search box with a party's name (the
        // generated cases have no parties: every case is looked at) and with a case number
        Runnable firstPage = () -> cases.search(org.mediationledger.model.CaseFilter.all(), 0, 100);
        Runnable byName = () -> cases.search(text("张三"), 0, 100);
        String number = org.mediationledger.model.CaseNumber.format(t.getYear() - 1, "县", 1234);
        Runnable byNumber = () -> cases.search(text(number), 0, 100);
        // a word every generated summary holds: the index cannot narrow it, every case is read
        Runnable byCommonWord = () -> cases.search(text("邻里"), 0, 100);
        // the search box's word index first taken up to date (the first search on a large file does it in the background)
        long t0 = System.nanoTime();
        int indexed = cases.catchUpSearchIndex();
        double indexMs = (System.nanoTime() - t0) / 1e6;
        return new Result(runs, median(dashboard, runs), median(report, runs), median(plain, runs), median(plainLast, runs),
                median(recount, Math.max(1, runs / 2)), median(firstPage, runs), median(byName, runs), median(byNumber, runs),
                indexed, indexMs, median(byCommonWord, runs));
    }

    private static org.mediationledger.model.CaseFilter text(String words) {
        return new org.mediationledger.model.CaseFilter(null, null, null, null, null, null, words);
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private double median(Runnable work, int runs) {
        for (int i = 0; i < 2; i++) {
            work.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            generator.touch();
            pause(); // let H2's background writer store that change before the clock starts
            long start = System.nanoTime();
            work.run();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        return ms.size() % 2 == 1 ? ms.get(ms.size() / 2) : (ms.get(ms.size() / 2 - 1) + ms.get(ms.size() / 2)) / 2;
    }

}
