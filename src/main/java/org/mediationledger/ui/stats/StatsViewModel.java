package org.mediationledger.ui.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mediationledger.model.Breakdown;
import org.mediationledger.model.CaseRef;
import org.mediationledger.model.Figures;
import org.mediationledger.model.Measure;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Period;
import org.mediationledger.model.Report;
import org.mediationledger.model.Rounding;
import org.mediationledger.model.Unit;
import org.mediationledger.service.FigureLines;
import org.mediationledger.service.ReportService;
import org.mediationledger.service.StatsService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/**
 * The statistics screen: a period (month, quarter, half-year, year, or from–to) and a unit; the figures with the
 * previous period and the same period a year before; a breakdown; the report tables and their export; and the cases
 * behind a figure.
 */
public final class StatsViewModel {
    private final StatsService stats;
    private final ReportService reports;
    private final TaskExecutor executor;
    private final Messages m;
    final ObjectProperty<Period.Kind> kind = new SimpleObjectProperty<>(Period.Kind.MONTH);
    final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final ObjectProperty<Rounding> rounding = new SimpleObjectProperty<>(Rounding.HALF_UP);
    final ObjectProperty<Breakdown> dimension = new SimpleObjectProperty<>(Breakdown.UNIT);
    final ObservableList<Row> lines = FXCollections.observableArrayList();
    final ObservableList<Group> groups = FXCollections.observableArrayList();
    final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    private Period shown;
    private UUID shownUnit;

    /** A figure line with the same line of the period before (环比) and a year before (同比). */
    public record Row(FigureLines.Line line, String previous, String yearAgo) {
    }

    /** A group of the breakdown (a unit, a type, a month, a source) with its figures. */
    public record Group(String name, Figures figures) {
    }

    public StatsViewModel(StatsService stats, ReportService reports, TaskExecutor executor, Messages m) {
        this.stats = stats;
        this.reports = reports;
        this.executor = executor;
        this.m = m;
        LocalDate t = stats.today();
        day.set(t);
        from.set(t.withDayOfMonth(1));
        to.set(t);
    }

    Messages messages() {
        return m;
    }

    /** The period chosen now, or null (with a sentence) when from–to is backwards. */
    Period period() {
        if (kind.get() == Period.Kind.CUSTOM) {
            if (!org.mediationledger.ui.ViewModels.isRange(from, to, message, m)) {
                return null;
            }
            return Period.custom(from.get(), to.get());
        }
        return Period.of(kind.get(), day.get() == null ? stats.today() : day.get());
    }

    record Loaded(Period period, Rounding rounding, StatsService.Comparison comparison, Map<String, Figures> groups, Report report) {
    }

    public void load() {
        Period p = period();
        if (p == null) {
            return;
        }
        UUID u = unit.get() == null ? null : unit.get().id();
        Breakdown d = dimension.get();
        message.set(m.get("stats.counting"));
        executor.run(() -> {
                    StatsService.Comparison c = stats.compare(p, u);
                    return new Loaded(p, stats.rounding(), c, stats.by(p, u, d), u == null ? reports.report(p, c.now()) : null);
                },
                l -> {
                    shown = l.period();
                    shownUnit = u;
                    rounding.set(l.rounding());
                    List<FigureLines.Line> now = FigureLines.of(l.comparison().now(), m, l.rounding());
                    List<FigureLines.Line> prev = FigureLines.of(l.comparison().previous(), m, l.rounding());
                    List<FigureLines.Line> ago = FigureLines.of(l.comparison().yearAgo(), m, l.rounding());
                    List<Row> rows = new ArrayList<>();
                    for (int i = 0; i < now.size(); i++) {
                        rows.add(new Row(now.get(i), prev.get(i).value(), ago.get(i).value()));
                    }
                    lines.setAll(rows);
                    groups.setAll(l.groups().entrySet().stream().map(e -> new Group(label(d, e.getKey()), e.getValue())).toList());
                    report.set(l.report());
                    title.set(m.get("stats.title", l.period().from(), l.period().to(), l.period().previous(), l.period().yearAgo()));
                    message.set(m.get("stats.rounding." + l.rounding().name()));
                }, e -> message.set(Errors.sentence(m, e)));
    }

    /** Another breakdown of the period shown: only the groups are counted again. */
    void loadGroups() {
        if (shown == null) {
            load();
            return;
        }
        Period p = shown;
        UUID u = shownUnit;
        Breakdown d = dimension.get();
        executor.run(() -> stats.by(p, u, d),
                g -> groups.setAll(g.entrySet().stream().map(e -> new Group(label(d, e.getKey()), e.getValue())).toList()),
                e -> message.set(Errors.sentence(m, e)));
    }

    private String label(Breakdown d, String key) {
        return d == Breakdown.SOURCE ? m.get("enum.CaseSource." + key) : key;
    }

    void setRounding(Rounding r) {
        executor.run(() -> {
            stats.setRounding(r);
            return null;
        }, x -> load(), e -> message.set(Errors.sentence(m, e)));
    }

    /** The cases behind a figure of the period shown. */
    void drill(Measure measure, java.util.function.Consumer<List<CaseRef>> show) {
        if (shown == null || measure == null) {
            return;
        }
        UUID u = shownUnit;
        Period p = shown;
        executor.run(() -> stats.cases(p, u, null, measure), show, e -> message.set(Errors.sentence(m, e)));
    }

    private java.util.function.BiConsumer<String, Path> onExported = (what, f) -> { };

    /** Told of every file written (the window records it in the history). */
    public void setOnExported(java.util.function.BiConsumer<String, Path> onExported) {
        this.onExported = onExported;
    }

    void export(Path file) {
        Report r = report.get();
        if (r == null) {
            message.set(m.get("stats.reportTownshipOnly"));
            return;
        }
        executor.run(() -> {
            if (file.getFileName().toString().toLowerCase().endsWith(".csv")) {
                Files.writeString(file, "\uFEFF" + ReportService.csv(r));
            } else {
                ReportService.writeXlsx(r, file);
            }
            return file;
        }, f -> {
            message.set(m.get("stats.exported", f));
            onExported.accept(m.get("export.report"), f);
        }, e -> message.set(Errors.sentence(m, e)));
    }
}
