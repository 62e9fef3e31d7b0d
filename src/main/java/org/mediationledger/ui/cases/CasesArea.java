package org.mediationledger.ui.cases;

import java.util.UUID;
import javafx.scene.layout.StackPane;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.service.CaseService;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.ui.TaskExecutor;

/** The cases feature: the register, a case's detail and the intake form, one at a time. */
public final class CasesArea extends StackPane {
    private final CaseService cases;
    private final org.mediationledger.service.ScreeningService screening;
    private org.mediationledger.service.PathService paths;
    private final TaskExecutor executor;
    private final Messages m;
    private final Runnable onChanged;
    private final CaseListViewModel listVm;
    private ReferenceData ref;
    private CaseListView list;

    /** @param onChanged runs after a case was saved (the status bar recounts open cases) */
    private final org.mediationledger.service.PaperService papers;
    private final org.mediationledger.ui.paper.Printer printer;

    public CasesArea(CaseService cases, org.mediationledger.service.ScreeningService screening,
                     org.mediationledger.service.PaperService papers, org.mediationledger.ui.paper.Printer printer,
                     TaskExecutor executor, Messages m, ReferenceData ref, Runnable onChanged) {
        this.papers = papers;
        this.printer = printer;
        this.cases = cases;
        this.screening = screening;
        this.executor = executor;
        this.m = m;
        this.onChanged = onChanged;
        this.listVm = new CaseListViewModel(cases, executor, m);
        setId("cases-area");
        setReference(ref);
    }

    /** The mediation path of each case opened from here. */
    public void setPathService(org.mediationledger.service.PathService p) {
        this.paths = p;
    }

    /** New reference data (settings changed): the filters and forms offer the new choices. */
    public void setReference(ReferenceData newRef) {
        this.ref = newRef;
        list = new CaseListView(listVm, m, ref, this::newCase, s -> open(s.id()));
        if (form == null) {
            getChildren().setAll(list);
            listVm.refresh();
        }
    }

    /** The form on show (new case or edit), or null: kept when the clerk goes to another area and comes back. */
    private CaseFormViewModel form;
    /** Where a new case's unsaved input is kept (it survives a closed window or a power cut), or null. */
    private org.mediationledger.service.Drafts drafts;
    static final String NEW_CASE_DRAFT = "new-case";
    /** The form on show is a plain new case, whose input is kept as a draft. */
    private boolean formKeepsDraft;
    private final javafx.animation.PauseTransition draftDelay = new javafx.animation.PauseTransition(javafx.util.Duration.millis(700));

    public void setDrafts(org.mediationledger.service.Drafts d) {
        this.drafts = d;
    }

    /** A new case's input goes to disk a moment after each change (and the draft goes when the case is saved or discarded). */
    private void keepDraft(CaseFormViewModel vm) {
        if (drafts == null) {
            return;
        }
        vm.edits.addListener((o, was, now) -> {
            draftDelay.setOnFinished(e -> {
                if (form == vm && vm.hasUnsavedInput()) {
                    var snapshot = vm.snapshot();
                    executor.runQuietly(() -> drafts.save(NEW_CASE_DRAFT, snapshot));
                }
            });
            draftDelay.playFromStart();
        });
    }

    private void dropDraft() {
        draftDelay.stop();
        if (drafts != null) {
            executor.runQuietly(() -> drafts.delete(NEW_CASE_DRAFT));
        }
    }

    public void showList() {
        leaveForm(() -> {
            getChildren().setAll(list);
            listVm.refresh();
        });
    }

    /** Back to the cases area: what was on show stays (a half-filled form is not thrown away); the list is refreshed. */
    public void showCurrent() {
        if (form == null) {
            getChildren().setAll(list);
            listVm.refresh();
        } else if (getChildren().isEmpty()) {
            getChildren().setAll(list);
        }
    }

    /** Whether a form holds input that leaving it would throw away (the window asks before it closes). */
    public boolean hasUnsavedInput() {
        return form != null && form.hasUnsavedInput();
    }

    /**
     * Leaves the form on show, if any: with something typed the clerk is asked first ("继续填写" is the default, so Enter
     * loses nothing); then runs next. Without a form, or with nothing typed, next runs at once.
     */
    public void leaveForm(Runnable next) {
        if (form == null || !form.hasUnsavedInput() || org.mediationledger.ui.Fx.confirmDiscard(getScene() == null ? null : getScene().getWindow(), m,
                "form.discardQuestion")) {
            if (form != null && formKeepsDraft) {
                dropDraft();
            }
            form = null;
            formKeepsDraft = false;
            next.run();
        }
    }

    private void showForm(CaseFormViewModel vm, Runnable onCancel) {
        form = vm;
        getChildren().setAll(new CaseFormView(vm, this::saved, () -> leaveForm(onCancel)));
    }

    public void newCase() {
        leaveForm(() -> {
            CaseFormViewModel vm = new CaseFormViewModel(cases, executor, m, ref, null);
            showForm(vm, this::showList);
            formKeepsDraft = drafts != null;
            keepDraft(vm);
            if (drafts != null) {
                // what was typed before the window closed (or the power went) comes back
                executor.run(() -> drafts.load(NEW_CASE_DRAFT), d -> d.ifPresent(x -> {
                    if (form == vm && !vm.hasUnsavedInput()) {
                        vm.restore(x);
                        vm.status.set(m.get("form.draftRestored"));
                    }
                }), x -> { });
            }
        });
    }

    /** The intake form pre-filled from a screening finding or a reception matter; saving links the two. */
    public void newCaseFrom(org.mediationledger.model.CaseDraft draft, org.mediationledger.model.CaseOrigin origin) {
        leaveForm(() -> showForm(new CaseFormViewModel(cases, executor, m, ref, draft, origin), this::showList));
    }

    public void focusSearch() {
        leaveForm(() -> {
            if (getChildren().isEmpty() || getChildren().get(0) != list) {
                getChildren().setAll(list);
                listVm.refresh();
            }
            list.focusSearch();
        });
    }

    public void open(UUID id) {
        leaveForm(() -> openNow(id));
    }

    private void openNow(UUID id) {
        CaseDetailViewModel vm = new CaseDetailViewModel(cases, screening, executor, m);
        vm.setPathService(paths);
        getChildren().setAll(new CaseDetailView(vm, m, ref, this::edit, this::showList, this::print));
        vm.load(id);
    }

    /** The preview of a case's paper (summary, agreement, acceptance register, record, file cover), printed or saved from there. */
    private void print(String kind, MediationCase c) {
        String title = m.get("paper.menu." + kind);
        boolean personal = !kind.equals("record") && !kind.equals("cover");
        // the agreement is signed by the parties and may go to a court: their ID numbers in full unless the clerk unticks it
        printer.preview(title, c.caseNumber() + " " + title, personal, kind.equals("agreement"), full -> switch (kind) {
                    case "agreement" -> papers.agreement(c.id(), full);
                    case "acceptance" -> papers.acceptanceRegister(c.id(), full);
                    case "record" -> papers.mediationRecord(c.id());
                    case "cover" -> papers.fileCover(c.id());
                    default -> papers.caseSummary(c.id(), full);
                });
    }

    private void edit(MediationCase c) {
        leaveForm(() -> showForm(new CaseFormViewModel(cases, executor, m, ref, c), () -> openNow(c.id())));
    }

    private void saved(MediationCase c) {
        if (form != null && formKeepsDraft) {
            dropDraft();
        }
        form = null;
        formKeepsDraft = false;
        onChanged.run();
        openNow(c.id());
    }
}
