package org.mediationledger.ui.cases;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.service.CaseService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/** One case as read: its fields, its parties (numbers masked unless asked) and its history. */
public final class CaseDetailViewModel {
    private final CaseService cases;
    private final org.mediationledger.service.ScreeningService screening;
    final StringProperty fromFinding = new SimpleStringProperty("");
    private final TaskExecutor executor;
    private final Messages messages;
    final ObjectProperty<MediationCase> kase = new SimpleObjectProperty<>();
    final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    final BooleanProperty showFullNumbers = new SimpleBooleanProperty(false);
    final StringProperty message = new SimpleStringProperty("");
    final ObjectProperty<org.mediationledger.model.PathState> path = new SimpleObjectProperty<>();
    final ObservableList<org.mediationledger.model.TimelineEntry> timeline = FXCollections.observableArrayList();
    private org.mediationledger.service.PathService paths;

    /** The case's path service (the mediation steps); without it the detail shows no path. */
    public void setPathService(org.mediationledger.service.PathService p) {
        this.paths = p;
    }

    org.mediationledger.service.PathService paths() {
        return paths;
    }

    Messages messages() {
        return messages;
    }

    /** The mediation period in force, read with the path (the setting lives in the data file). */
    int mediationDays = org.mediationledger.model.CasePath.DEFAULT_MEDIATION_DAYS;

    record PathLoaded(org.mediationledger.model.PathState state, List<org.mediationledger.model.TimelineEntry> timeline,
                      int mediationDays) {
    }

    void loadPath(UUID id) {
        if (paths == null) {
            return;
        }
        executor.run(() -> {
            var st = paths.path(id);
            return new PathLoaded(st, paths.timeline(st), paths.mediationDays());
        }, l -> {
            mediationDays = l.mediationDays();
            path.set(l.state());
            timeline.setAll(l.timeline());
        }, e -> message.set(Errors.sentence(messages, e)));
    }

    /** Runs one step of the path in the background, then shows the case again; a refusal is one sentence. */
    void step(java.util.concurrent.Callable<Object> work, UUID id) {
        executor.run(() -> {
            work.call();
            return null;
        }, x -> {
            message.set(messages.get("settings.saved"));
            load(id);
        }, e -> message.set(Errors.sentence(messages, e)));
    }

    public CaseDetailViewModel(CaseService cases, org.mediationledger.service.ScreeningService screening, TaskExecutor executor,
                               Messages messages) {
        this.cases = cases;
        this.screening = screening;
        this.executor = executor;
        this.messages = messages;
    }

    record Loaded(MediationCase kase, List<AuditEntry> history, org.mediationledger.model.Finding finding) {
    }

    void load(UUID id) {
        executor.run(() -> new Loaded(cases.get(id).orElse(null), cases.history(id), screening.findingOfCase(id).orElse(null)),
                loaded -> {
            if (loaded.kase() == null) {
                message.set(messages.get("detail.gone"));
                return;
            }
            kase.set(loaded.kase());
            history.setAll(loaded.history());
            fromFinding.set(loaded.finding() == null ? "" : messages.get("detail.fromFinding", loaded.finding().summary()));
            loadPath(id);
        }, failure -> message.set(Errors.sentence(messages, failure)));
    }
}
