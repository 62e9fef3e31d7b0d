package org.mediationledger.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mediationledger.model.Messages;
import org.mediationledger.service.CaseService;
import org.mediationledger.service.exchange.ExchangeService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/**
 * 数据交换 (issue 17): this ledger's place in the exchange, its peers and when each last exchanged, export and import
 * of exchange files with the result of the last import, and the conflicts a person decides with both values side by
 * side.
 */
public final class ExchangeViewModel {
    private final ExchangeService exchange;
    private final CaseService cases;
    private final TaskExecutor executor;
    private final Messages m;
    private final Runnable onImported;
    final ObjectProperty<ExchangeService.Peer> self = new SimpleObjectProperty<>();
    final ObservableList<ExchangeService.Peer> peers = FXCollections.observableArrayList();
    final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    final StringProperty lastImport = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");

    /** A conflict as the list shows it: the record in words (a case by its number) beside both values. */
    public record Conflict(org.mediationledger.model.ExchangeConflict conflict, String record, String field) {
    }

    private record Loaded(ExchangeService.Peer self, List<ExchangeService.Peer> peers, List<Conflict> conflicts) {
    }

    /** @param onImported after an import or a decision changed the ledger (the other areas read it again) */
    public ExchangeViewModel(ExchangeService exchange, CaseService cases, TaskExecutor executor, Messages m, Runnable onImported) {
        this.exchange = exchange;
        this.cases = cases;
        this.executor = executor;
        this.m = m;
        this.onImported = onImported;
    }

    Messages messages() {
        return m;
    }

    public void load() {
        executor.run(() -> {
            ExchangeService.Peer me = exchange.self().orElse(null);
            return new Loaded(me, exchange.peers(), me == null ? List.of() : exchange.conflicts(true).stream().map(this::words).toList());
        }, l -> {
                    self.set(l.self());
                    peers.setAll(l.peers());
                    conflicts.setAll(l.conflicts());
                }, e -> message.set(Errors.sentence(m, e)));
    }

    private Conflict words(org.mediationledger.model.ExchangeConflict c) {
        String table = m.has("audit.table." + c.table()) ? m.get("audit.table." + c.table()) : c.table();
        String record = c.table().equals("mediation_case")
                ? cases.get(c.rowId()).map(k -> table + " " + k.caseNumber()).orElse(table)
                : table + " " + c.rowId().toString().substring(0, 8);
        return new Conflict(c, record, m.fieldLabel(c.fieldPath()));
    }

    /** At the township: sets up a village ledger; the join code goes to the caller (shown once, to be written down). */
    void createNode(String unit, Path out, Consumer<String> code) {
        executor.run(() -> exchange.createNode(unit, out), c -> {
            message.set(m.get("exchange.created", unit, out.getFileName()));
            code.accept(c);
            load();
        }, e -> message.set(Errors.sentence(m, e)));
    }

    /** A village PC joins the township with its set-up file and code (see {@link JoinDialog}). */
    void join(Path setup, String code, Consumer<ExchangeService.Result> joined, Consumer<String> refused) {
        executor.run(() -> {
            ExchangeService.Result r = exchange.join(setup, code);
            return new Object[] {r, exchange.seriesName()};
        }, x -> {
            ExchangeService.Result r = (ExchangeService.Result) x[0];
            message.set(m.get("cli.node.joined", r.from(), r.applied(), x[1]));
            joined.accept(r);
            onImported.run();
            load();
        }, e -> refused.accept(Errors.sentence(m, e)));
    }

    void export(String to, Path out) {
        executor.run(() -> exchange.export(to, out), n -> {
            message.set(m.get("cli.sync.exported", n, out.getFileName()));
            load();
        }, e -> message.set(Errors.sentence(m, e)));
    }

    void importFile(Path file) {
        executor.run(() -> exchange.importFile(file), r -> {
            lastImport.set(r.alreadyImported() ? m.get("cli.sync.already", r.from(), r.sequence())
                    : m.get("cli.sync.imported", r.from(), r.applied(), r.merged(), r.conflicts(), r.skipped()));
            message.set("");
            onImported.run();
            load();
        }, e -> message.set(Errors.sentence(m, e)));
    }

    void resolve(Conflict c, boolean takeTheirs) {
        executor.run(() -> {
            exchange.resolve(c.conflict().id(), takeTheirs);
            return null;
        }, x -> {
            message.set(m.get("exchange.decided", c.record(), c.field()));
            onImported.run();
            load();
        }, e -> {
            message.set(Errors.sentence(m, e));
            load(); // decided meanwhile elsewhere: the list as it is now
        });
    }
}
