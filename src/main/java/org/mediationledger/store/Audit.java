package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.AUDIT_LOG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.FieldChange;

/** The append-only audit trail: every insert, update and delete, written in the same transaction as the change. */
public final class Audit {
    /** Made on first use: Jackson loads some 500 classes (0.25 s) that a read-only run never needs. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private final Supplier<String> user;
    private final Clock clock;

    public Audit(Supplier<String> user, Clock clock) {
        this.user = user;
        this.clock = clock;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Appends an entry to the sealed history (see {@link AuditChain}) in the caller's transaction. */
    public void record(DSLContext tx, String table, UUID rowId, String action, List<FieldChange> changes) {
        LocalDateTime now = now();
        AuditChain.append(tx, user.get(), table, rowId, action, json(changes), now);
    }

    /** An entry for {@link #recordAll}: the row it is about, what was done and the fields changed. */
    public record Entry(String table, UUID rowId, String action, List<FieldChange> changes) {
    }

    /** Appends many entries in their order, in the caller's transaction, as one batch (see {@link AuditChain#appendAll}). */
    public void recordAll(DSLContext tx, List<Entry> entries) {
        LocalDateTime now = now();
        List<AuditChain.Pending> pending = new java.util.ArrayList<>(entries.size());
        for (Entry e : entries) {
            pending.add(new AuditChain.Pending(e.table(), e.rowId(), e.action(), json(e.changes())));
        }
        AuditChain.appendAll(tx, user.get(), pending, now);
    }

    /** Appends copies of another ledger's entries (their user, time and origin given) in the caller's transaction. */
    void appendCopies(DSLContext tx, List<AuditChain.Pending> copies) {
        AuditChain.appendAll(tx, user.get(), copies, now());
    }

    private static String json(List<FieldChange> changes) {
        try {
            return Json.MAPPER.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The trail of one row (a case also lists its parties' rows), oldest first. */
    public List<AuditEntry> forRows(DSLContext ctx, List<UUID> rowIds) {
        return ctx.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ROW_ID.in(rowIds))
                .orderBy(AUDIT_LOG.SEQ)
                .fetch(r -> new AuditEntry(r.getId(), r.getCreatedAt(), r.getUserName(), r.getTableName(), r.getRowId(),
                        r.getAction(), parse(r.getChanges())));
    }

    static List<FieldChange> parse(String json) {
        try {
            return json == null ? List.of() : Json.MAPPER.readValue(json, new TypeReference<List<FieldChange>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit entry", e);
        }
    }
}
