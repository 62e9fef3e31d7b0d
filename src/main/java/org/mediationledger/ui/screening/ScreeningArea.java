package org.mediationledger.ui.screening;

import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Unit;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.ScreeningService;
import org.mediationledger.ui.TaskExecutor;

/** The screening feature: compliance board, ledger, rules, and the round form. */
public final class ScreeningArea extends StackPane {
    private final ScreeningService screening;
    private final TaskExecutor executor;
    private final Messages m;
    private final BiConsumer<CaseDraft, UUID> openCase;
    private final java.util.function.Consumer<org.mediationledger.model.LedgerRow> assignFinding;
    private final Runnable onChanged;
    private final org.mediationledger.ui.paper.Printer printer;
    private final org.mediationledger.service.PaperService papers;
    private ReferenceData ref;
    private BorderPane main;
    private BoardViewModel board;
    private LedgerViewModel ledger;
    private RulesViewModel rules;
    private final Label message = new Label();

    /**
     * @param openCase opens the case intake pre-filled from a finding
     * @param assignFinding opens the leader assignment of a finding (its ledger row: id, summary, village)
     * @param onChanged runs after a round was recorded (the dashboard recounts)
     */
    public ScreeningArea(ScreeningService screening, TaskExecutor executor, Messages m, ReferenceData ref,
                         BiConsumer<CaseDraft, UUID> openCase, java.util.function.Consumer<org.mediationledger.model.LedgerRow> assignFinding, Runnable onChanged,
                         org.mediationledger.ui.paper.Printer printer, org.mediationledger.service.PaperService papers) {
        this.printer = printer;
        this.papers = papers;
        this.assignFinding = assignFinding;
        this.screening = screening;
        this.executor = executor;
        this.m = m;
        this.openCase = openCase;
        this.onChanged = onChanged;
        setId("screening-area");
        setReference(ref);
    }

    public void setReference(ReferenceData newRef) {
        this.ref = newRef;
        board = new BoardViewModel(screening, executor, m, onChanged);
        ledger = new LedgerViewModel(screening, executor, m, openCase, assignFinding);
        rules = new RulesViewModel(screening, executor, m, this::refresh);
        Label title = new Label(m.get("nav.screening"));
        title.getStyleClass().add("page-title");
        Button record = new Button(m.get("round.new"));
        record.setId("record-round");
        org.mediationledger.ui.Gate.require(record, org.mediationledger.model.Permission.RECORD_SCREENING);
        record.getStyleClass().add("accent");
        record.setOnAction(e -> showRoundForm(null));
        message.setId("screening-message");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(12, title, message, grow, record);
        head.setAlignment(Pos.CENTER_LEFT);
        TabPane tabs = new TabPane(new Tab(m.get("screening.tab.board"), new BoardView(board, this::showRoundForm)),
                new Tab(m.get("screening.tab.ledger"), new LedgerView(ledger, ref, () -> {
                    refresh();
                    onChanged.run();
                }, (from, to, units) -> printer.preview(m.get("paper.ledgerTitle", ref.township()),
                        m.get("ledger.fileName", from, to), false, full -> papers.ledger(from, to, units)))),
                new Tab(m.get("screening.tab.rules"), new RulesView(rules)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("screening-tabs");
        main = new BorderPane(tabs);
        main.setTop(new VBox(8, head));
        main.getStyleClass().add("page");
        if (roundForm == null) {
            getChildren().setAll(main);
            refresh();
        }
    }

    /** The round form on show, or null: kept when the clerk visits another area and comes back. */
    private RoundFormViewModel roundForm;

    public void showMain() {
        leaveForm(() -> {
            getChildren().setAll(main);
            refresh();
        });
    }

    /** Back to this area: a half-filled round form stays; otherwise the board, refreshed. */
    public void showCurrent() {
        if (roundForm == null) {
            getChildren().setAll(main);
            refresh();
        }
    }

    public boolean hasUnsavedInput() {
        return roundForm != null && roundForm.hasUnsavedInput();
    }

    /** Leaves the round form, asking first when something was typed ("继续填写" the default). */
    private void leaveForm(Runnable next) {
        if (roundForm == null || !roundForm.hasUnsavedInput() || org.mediationledger.ui.Fx.confirmDiscard(
                getScene() == null ? null : getScene().getWindow(), m, "form.discardQuestion")) {
            if (roundForm != null) {
                dropDraft(); // thrown away on purpose: not offered again
            }
            roundForm = null;
            next.run();
        }
    }

    public void refresh() {
        board.load();
        ledger.load();
        rules.load();
    }

    public void showRoundForm(Unit forUnit) {
        leaveForm(() -> showRoundFormNow(forUnit));
    }

    private void showRoundFormNow(Unit forUnit) {
        if (drafts == null) {
            openRoundForm(forUnit, null);
            return;
        }
        // what was typed before the window closed (or the power went) comes back, for the same unit
        executor.run(() -> drafts.load(ROUND_DRAFT), d -> openRoundForm(forUnit, d.filter(x -> forUnit == null
                || forUnit.id().equals(RoundFormViewModel.draftUnit(x))).orElse(null)), x -> openRoundForm(forUnit, null));
    }

    private void openRoundForm(Unit forUnit, java.util.Map<String, Object> draft) {
        RoundFormViewModel vm = new RoundFormViewModel(screening, executor, m, ref, forUnit);
        if (draft != null) {
            vm.restore(draft);
            vm.status.set(m.get("form.draftRestored"));
        }
        roundForm = vm;
        keepDraft(vm);
        getChildren().setAll(new RoundFormView(vm, saved -> {
            roundForm = null;
            dropDraft();
            String unit = ref.unit(saved.unitId()).map(Unit::name).orElse("");
            message.setText(saved.isZeroReport() ? m.get("cli.screening.addedZero", saved.date(), unit)
                    : m.get("cli.screening.added", saved.date(), unit, saved.findings().size()));
            onChanged.run();
            showMain();
        }, this::showMain));
    }

    /** Where the round form's unsaved input is kept (it survives a closed window or a power cut), or null. */
    private org.mediationledger.service.Drafts drafts;
    static final String ROUND_DRAFT = "round";
    private final javafx.animation.Timeline draftTimer = new javafx.animation.Timeline();

    /** Told of every ledger file written (the window records it in the history). */
    public void setOnExported(java.util.function.BiConsumer<String, java.nio.file.Path> onExported) {
        ledger.setOnExported(onExported);
    }

    public void setDrafts(org.mediationledger.service.Drafts d) {
        this.drafts = d;
    }

    /** Every two seconds, what the round form holds goes to disk when it changed (the draft goes on save or discard). */
    private void keepDraft(RoundFormViewModel vm) {
        draftTimer.stop();
        if (drafts == null) {
            return;
        }
        java.util.concurrent.atomic.AtomicReference<java.util.Map<String, Object>> last = new java.util.concurrent.atomic.AtomicReference<>();
        draftTimer.getKeyFrames().setAll(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(2), e -> {
            if (roundForm != vm) {
                draftTimer.stop();
                return;
            }
            if (vm.hasUnsavedInput()) {
                var snapshot = vm.snapshot();
                if (!snapshot.equals(last.get())) {
                    last.set(snapshot);
                    executor.runQuietly(() -> drafts.save(ROUND_DRAFT, snapshot));
                }
            }
        }));
        draftTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        draftTimer.play();
    }

    private void dropDraft() {
        draftTimer.stop();
        if (drafts != null) {
            executor.runQuietly(() -> drafts.delete(ROUND_DRAFT));
        }
    }

}
