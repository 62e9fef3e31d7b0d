package org.mediationledger.service;

import java.util.List;
import java.util.UUID;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.HistoryFilter;
import org.mediationledger.model.Permission;
import org.mediationledger.store.HistoryRepository;

/** The history viewer: who changed what, when, across the ledger — for administrators and the office's staff. */
public final class HistoryService {
    private final HistoryRepository repo;
    private final Session session;

    public HistoryService(HistoryRepository repo, Session session) {
        this.repo = repo;
        this.session = session;
    }

    public List<AuditEntry> search(HistoryFilter f) {
        session.require(Permission.VIEW_HISTORY);
        List<UUID> cases = f.caseNumber() == null || f.caseNumber().isBlank() ? null : repo.casesNumbered(f.caseNumber());
        return repo.search(f, cases);
    }

    /** A list, report or paper written to a file is recorded: what, where, by whom. */
    public void recordExport(String what, java.nio.file.Path file) {
        repo.recordExport(what, file.toAbsolutePath().toString());
    }

    /** Recorded in the restored ledger once it is open again: which backup, by whom. */
    public void recordRestore(java.nio.file.Path backup) {
        repo.recordRestore(backup.toAbsolutePath().toString());
    }

    public List<String> people() {
        session.require(Permission.VIEW_HISTORY);
        return repo.people();
    }
}
