package org.mediationledger.ui.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mediationledger.model.Messages;
import org.mediationledger.model.ValidationException;
import org.mediationledger.service.BackupService;
import org.mediationledger.service.SettingsService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/**
 * Settings → 数据备份: the backups there are, "立即备份", the rotation and second folder, the disk's safety margin, and
 * "从备份恢复…" (what the backup holds is read from it first; the window closes the file, restores, and opens it again).
 */
public final class BackupViewModel {
    private final BackupService backups;
    private final SettingsService settings;
    private final TaskExecutor executor;
    private final Messages m;
    private final Consumer<Path> restore;
    final ObservableList<BackupService.Backup> rows = FXCollections.observableArrayList();
    final IntegerProperty keepDaily = new SimpleIntegerProperty(7);
    final IntegerProperty keepWeekly = new SimpleIntegerProperty(4);
    final IntegerProperty minFreeMb = new SimpleIntegerProperty(200);
    final StringProperty secondFolder = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");

    /** @param restore closes the data file, puts the backup in its place and opens it again (the window does this) */
    public BackupViewModel(BackupService backups, SettingsService settings, TaskExecutor executor, Messages m, Consumer<Path> restore) {
        this.backups = backups;
        this.settings = settings;
        this.executor = executor;
        this.m = m;
        this.restore = restore;
    }

    Messages messages() {
        return m;
    }

    Path folder() {
        return backups.folder();
    }

    public void load() {
        executor.run(() -> new Object[] {backups.list(), settings.backupKeepDaily(), settings.backupKeepWeekly(),
                settings.minFreeMb(), settings.backupSecondFolder().orElse("")}, r -> {
            @SuppressWarnings("unchecked")
            java.util.List<BackupService.Backup> list = (java.util.List<BackupService.Backup>) r[0];
            rows.setAll(list);
            keepDaily.set((Integer) r[1]);
            keepWeekly.set((Integer) r[2]);
            minFreeMb.set(((Long) r[3]).intValue());
            secondFolder.set((String) r[4]);
        }, this::failed);
    }

    void backupNow() {
        message.set(m.get("backup.running"));
        error.set("");
        executor.run(() -> backups.backupNow(Optional.empty()), b -> {
            message.set(m.get("backup.done", b.file().getFileName(), b.cases(), b.rounds(), b.findings()));
            load();
        }, this::failed);
    }

    /** Checks the sealed history; whole is a message, a break is an error naming the first entry where it happened. */
    void verifyHistory() {
        message.set(m.get("audit.verifying"));
        error.set("");
        executor.run(backups::verifyHistory, c -> {
            message.set(c.whole() ? c.sentence(m) : "");
            error.set(c.whole() ? "" : c.sentence(m));
        }, this::failed);
    }

    void saveRules() {
        int d = keepDaily.get();
        int w = keepWeekly.get();
        long free = minFreeMb.get();
        String second = secondFolder.get();
        error.set("");
        executor.run(() -> {
            settings.setBackupRules(d, w, second, free);
            return null;
        }, done -> message.set(m.get("settings.saved")), this::failed);
    }

    /** Reads what a backup holds, for the question before restoring it. */
    void peek(Path zip, Consumer<Map<String, Long>> then) {
        error.set("");
        executor.run(() -> BackupService.peek(zip), then, this::failed);
    }

    void restore(Path zip) {
        restore.accept(zip);
    }

    private void failed(Throwable t) {
        message.set("");
        if (t instanceof ValidationException v && !v.problems().isEmpty()) {
            error.set(m.fieldLabel(v.problems().get(0).field()) + "：" + m.problem(v.problems().get(0)));
        } else {
            error.set(Errors.sentence(m, t));
        }
    }
}
