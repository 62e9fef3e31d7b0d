package org.mediationledger.ui.settings;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.HistoryFilter;
import org.mediationledger.model.Messages;
import org.mediationledger.service.HistoryService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/** The history viewer's state: the filters, the entries found, a sentence. */
public final class HistoryViewModel {
    private final HistoryService history;
    private final TaskExecutor executor;
    private final Messages m;
    final StringProperty person = new SimpleStringProperty();
    final StringProperty action = new SimpleStringProperty();
    final StringProperty caseNumber = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    final ObservableList<String> people = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");

    public HistoryViewModel(HistoryService history, TaskExecutor executor, Messages m) {
        this.history = history;
        this.executor = executor;
        this.m = m;
    }

    Messages messages() {
        return m;
    }

    /** Finds the entries for the filters as they are now. */
    void search() {
        HistoryFilter f = new HistoryFilter(person.get(), caseNumber.get(), action.get(), from.get(), to.get(), 500);
        boolean needPeople = people.isEmpty(); // the names once, not a scan of the whole history at every search
        executor.run(() -> new Object[] {history.search(f), needPeople ? history.people() : List.copyOf(people)}, r -> {
            @SuppressWarnings("unchecked")
            java.util.List<AuditEntry> found = (java.util.List<AuditEntry>) r[0];
            @SuppressWarnings("unchecked")
            java.util.List<String> names = (java.util.List<String>) r[1];
            entries.setAll(found);
            if (needPeople) {
                people.setAll(names);
            }
            message.set(m.get("history.count", String.valueOf(found.size())));
        }, e -> message.set(Errors.sentence(m, e)));
    }
}
