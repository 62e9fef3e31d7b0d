package org.mediationledger.ui.cases;

import java.time.LocalDate;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.CaseStatus;
import org.mediationledger.model.CaseSummary;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Page;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.model.Unit;
import org.mediationledger.service.CaseService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/**
 * The register: filters, one search box and one page of rows at a time, fetched in the background. Typing in the
 * search box waits a moment before asking, and an answer that arrives after a newer question is dropped.
 */
public final class CaseListViewModel {
    public static final int PAGE_SIZE = 50;
    private final CaseService cases;
    private final TaskExecutor executor;
    private final Messages messages;

    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final ObjectProperty<DisputeType> disputeType = new SimpleObjectProperty<>();
    final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    final ObjectProperty<RiskLevel> riskLevel = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final StringProperty text = new SimpleStringProperty("");
    final BooleanProperty oralOnly = new SimpleBooleanProperty(false);
    final ObservableList<CaseSummary> rows = FXCollections.observableArrayList();
    final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    final IntegerProperty pageCount = new SimpleIntegerProperty(1);
    final LongProperty total = new SimpleLongProperty(0);
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    final StringProperty message = new SimpleStringProperty("");
    private final PauseTransition typing = new PauseTransition(Duration.millis(250));
    private long asked;

    public CaseListViewModel(CaseService cases, TaskExecutor executor, Messages messages) {
        this.cases = cases;
        this.executor = executor;
        this.messages = messages;
        typing.setOnFinished(e -> firstPage());
        text.addListener((o, was, now) -> typing.playFromStart());
        unit.addListener(o -> firstPage());
        disputeType.addListener(o -> firstPage());
        status.addListener(o -> firstPage());
        riskLevel.addListener(o -> firstPage());
        from.addListener(o -> firstPage());
        to.addListener(o -> firstPage());
        oralOnly.addListener(o -> firstPage());
    }

    java.time.LocalDate today() {
        return cases.today();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<CaseSummary> rows() {
        return rows;
    }

    CaseFilter filter() {
        return new CaseFilter(unit.get() == null ? null : unit.get().id(),
                disputeType.get() == null ? null : disputeType.get().id(), status.get(), riskLevel.get(), from.get(), to.get(),
                text.get()).oralOnly(oralOnly.get());
    }

    public void firstPage() {
        load(0);
    }

    public void refresh() {
        load(pageIndex.get());
    }

    void nextPage() {
        if (pageIndex.get() + 1 < pageCount.get()) {
            load(pageIndex.get() + 1);
        }
    }

    void previousPage() {
        if (pageIndex.get() > 0) {
            load(pageIndex.get() - 1);
        }
    }

    void clearFilters() {
        unit.set(null);
        disputeType.set(null);
        status.set(null);
        riskLevel.set(null);
        from.set(null);
        to.set(null);
        text.set("");
        oralOnly.set(false);
    }

    private void load(int page) {
        long question = ++asked;
        CaseFilter f = filter();
        loading.set(true);
        executor.run(() -> {
            Page<CaseSummary> p = cases.search(f, page * PAGE_SIZE, PAGE_SIZE);
            return new Loaded(p, cases.withOpenExchangeConflicts(p.rows().stream().map(CaseSummary::id).toList()));
        }, result -> {
            if (question == asked) {
                conflicted = result.conflicted();
                show(result.page());
            }
        }, failure -> {
            if (question == asked) {
                loading.set(false);
                message.set(Errors.sentence(messages, failure));
            }
        });
    }

    /** A page of the register and which of its cases have an exchange conflict waiting for a person. */
    private record Loaded(Page<CaseSummary> page, java.util.Set<java.util.UUID> conflicted) {
    }

    private java.util.Set<java.util.UUID> conflicted = java.util.Set.of();

    /** Whether an exchange conflict waits on this case of the page shown (the list marks it in red). */
    boolean hasOpenConflict(CaseSummary c) {
        return conflicted.contains(c.id());
    }

    private void show(Page<CaseSummary> page) {
        rows.setAll(page.rows());
        total.set(page.total());
        pageCount.set(page.pageCount());
        pageIndex.set(page.pageIndex());
        loading.set(false);
        message.set(page.total() == 0 ? messages.get("cases.none") : messages.get("cases.count", page.total()));
    }
}
