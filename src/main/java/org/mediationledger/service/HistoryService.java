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
    private final CaseService cases;
    private final Session session;

    public HistoryService(HistoryRepository repo, CaseService cases, Session session) {
        this.repo = repo;
        this.cases = cases;
        this.session = session;
    }

    public List<AuditEntry> search(HistoryFilter f) {
        session.require(Permission.VIEW_HISTORY);
        // a case as the register finds it: in full, 2026-13, or 13 for this year; no such case, no entries
        List<UUID> ofCase = f.caseNumber() == null || f.caseNumber().isBlank() ? null
                : cases.byShortNumber(f.caseNumber()).map(c -> List.of(c.id())).orElse(List.of());
        return repo.search(f, ofCase);
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
