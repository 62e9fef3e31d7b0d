package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.AUDIT_LOG;
import static org.mediationledger.store.generated.Tables.PARTY;

import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.HistoryFilter;

/** The history searched across the whole ledger (the case page shows one case's; this is the viewer's). */
public final class HistoryRepository {
    /** The row the history names for work on the ledger as a whole (an export). */
    public static final UUID LEDGER = new UUID(0, 0);
    private final DSLContext dsl;
    private final Audit audit;

    public HistoryRepository(DSLContext dsl, Audit audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** The ledger was put back from a backup: which one, by whom (written into the restored file once it is open). */
    public void recordRestore(String backup) {
        dsl.transaction(cfg -> audit.record(cfg.dsl(), "ledger", LEDGER, "RESTORE_BACKUP", List.of(
                new org.mediationledger.model.FieldChange("restoredFrom", "", backup))));
    }

    /** A file written from the ledger (a list, a report, a paper): what and where, in the history. */
    public void recordExport(String what, String file) {
        dsl.transaction(cfg -> audit.record(cfg.dsl(), "ledger", LEDGER, "EXPORT", List.of(
                new org.mediationledger.model.FieldChange("exportedWhat", "", what),
                new org.mediationledger.model.FieldChange("exportedFile", "", file))));
    }

    /** Entries matching the filter, newest first; a case's entries include its parties'. */
    public List<AuditEntry> search(HistoryFilter f, List<UUID> caseIds) {
        Condition c = DSL.trueCondition();
        if (f.userName() != null && !f.userName().isBlank()) {
            c = c.and(AUDIT_LOG.USER_NAME.eq(f.userName().strip()));
        }
        if (f.action() != null && !f.action().isBlank()) {
            c = c.and(AUDIT_LOG.ACTION.eq(f.action().strip()));
        }
        if (f.from() != null) {
            c = c.and(AUDIT_LOG.CREATED_AT.ge(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            c = c.and(AUDIT_LOG.CREATED_AT.lt(f.to().plusDays(1).atStartOfDay()));
        }
        if (caseIds != null) {
            c = c.and(AUDIT_LOG.ROW_ID.in(caseIds).or(AUDIT_LOG.ROW_ID.in(
                    DSL.select(PARTY.ID).from(PARTY).where(PARTY.CASE_ID.in(caseIds)))));
        }
        return dsl.selectFrom(AUDIT_LOG).where(c).orderBy(AUDIT_LOG.SEQ.desc()).limit(Math.max(1, Math.min(f.limit(), 5000)))
                .fetch(r -> new AuditEntry(r.getId(), r.getCreatedAt(), r.getUserName(), r.getTableName(), r.getRowId(),
                        r.getAction(), Audit.parse(r.getChanges())));
    }

    /** The names that wrote the history, for the viewer's person filter. */
    public List<String> people() {
        return dsl.selectDistinct(AUDIT_LOG.USER_NAME).from(AUDIT_LOG).orderBy(AUDIT_LOG.USER_NAME).fetch(AUDIT_LOG.USER_NAME);
    }
}
