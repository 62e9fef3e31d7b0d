package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.AUDIT_CHAIN;
import static org.mediationledger.store.generated.Tables.AUDIT_LOG;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.mediationledger.model.AuditCheck;
import org.mediationledger.model.AuditCheck.Entry;
import org.mediationledger.model.AuditCheck.Finding;
import org.mediationledger.store.generated.tables.records.AuditChainRecord;
import org.mediationledger.store.generated.tables.records.AuditLogRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history as a hash chain. Each entry keeps the hash of the one before it ({@code prev_hash}) and its own
 * ({@code hash}: SHA-256 over that and its content); the newest is the head, kept in {@code audit_chain} and, outside
 * the file, in the file written beside it at every close. Appending takes the head row's lock, so two programs sharing
 * a file write one chain. The check walks the entries in order and names the first that was changed, deleted or
 * slipped in.
 */
public final class AuditChain {
    static final UUID HEAD = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final String GENESIS = "0".repeat(64);
    private static final Logger LOG = LoggerFactory.getLogger(AuditChain.class);

    private AuditChain() {
    }

    /** The head of the chain: the newest entry's number in the history and its hash. */
    public record Head(long seq, String hash) {
    }

    /** The time an entry keeps: what the database stores (microseconds), so the hash reads back the same. */
    static LocalDateTime stamp(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    /** An entry's hash: over the one before it and every column of its content, each on its own line. */
    static String hash(String prev, UUID id, String user, String table, UUID rowId, String action, String changes,
                       LocalDateTime at) {
        String text = String.join("\n", prev, id.toString(), user, table, rowId.toString(), action,
                changes == null ? "" : changes, at.toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    static String hash(AuditLogRecord r) {
        return hash(r.getPrevHash(), r.getId(), r.getUserName(), r.getTableName(), r.getRowId(), r.getAction(), r.getChanges(),
                r.getCreatedAt());
    }

    /** Appends an entry to the chain inside the caller's transaction. */
    static void append(DSLContext tx, String user, String table, UUID rowId, String action, String changes, LocalDateTime now) {
        LocalDateTime at = stamp(now);
        AuditChainRecord head = tx.selectFrom(AUDIT_CHAIN).where(AUDIT_CHAIN.ID.eq(HEAD)).forUpdate().fetchOptional()
                .orElseGet(() -> seal(tx));
        UUID id = UUID.randomUUID();
        String prev = head.getHeadHash();
        String hash = hash(prev, id, user, table, rowId, action, changes, at);
        Long seq = tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ID, id)
                .set(AUDIT_LOG.USER_NAME, user)
                .set(AUDIT_LOG.TABLE_NAME, table)
                .set(AUDIT_LOG.ROW_ID, rowId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.CHANGES, changes)
                .set(AUDIT_LOG.CREATED_AT, at)
                .set(AUDIT_LOG.UPDATED_AT, at)
                .set(AUDIT_LOG.PREV_HASH, prev)
                .set(AUDIT_LOG.HASH, hash)
                .returning(AUDIT_LOG.SEQ).fetchOne(AUDIT_LOG.SEQ);
        head.setHeadSeq(seq);
        head.setHeadHash(hash);
        head.setUpdatedAt(at);
        head.update();
    }

    /**
     * One entry to append: what {@link #append} takes, for many entries at once. user and at: null for the caller's;
     * origin: where a copy of another ledger's entry came from (null for this ledger's own).
     */
    record Pending(String user, String table, UUID rowId, String action, String changes, LocalDateTime at, String origin) {
        Pending(String table, UUID rowId, String action, String changes) {
            this(null, table, rowId, action, changes, null, null);
        }
    }

    /**
     * Appends many entries to the chain in the caller's transaction, in their order: the head is read and locked once,
     * the hashes chained here, the entries inserted as one batch and the head written once (an import of thousands of
     * rows spends no round trip per entry). The database numbers them in insertion order, as append would.
     */
    static void appendAll(DSLContext tx, String user, List<Pending> entries, LocalDateTime now) {
        if (entries.isEmpty()) {
            return;
        }
        LocalDateTime at = stamp(now);
        AuditChainRecord head = tx.selectFrom(AUDIT_CHAIN).where(AUDIT_CHAIN.ID.eq(HEAD)).forUpdate().fetchOptional()
                .orElseGet(() -> seal(tx));
        String prev = head.getHeadHash();
        List<AuditLogRecord> rows = new ArrayList<>(entries.size());
        for (Pending p : entries) {
            UUID id = UUID.randomUUID();
            String who = p.user() == null ? user : p.user();
            LocalDateTime when = p.at() == null ? at : stamp(p.at());
            String hash = hash(prev, id, who, p.table(), p.rowId(), p.action(), p.changes(), when);
            AuditLogRecord r = tx.newRecord(AUDIT_LOG);
            r.setId(id);
            r.setUserName(who);
            r.setTableName(p.table());
            r.setRowId(p.rowId());
            r.setAction(p.action());
            r.setChanges(p.changes());
            r.setCreatedAt(when);
            r.setUpdatedAt(at);
            if (p.origin() != null) {
                r.setOrigin(p.origin());
            }
            r.setPrevHash(prev);
            r.setHash(hash);
            rows.add(r);
            prev = hash;
        }
        Batches.insert(tx, rows);
        AuditLogRecord last = rows.get(rows.size() - 1);
        head.setHeadSeq(tx.select(AUDIT_LOG.SEQ).from(AUDIT_LOG).where(AUDIT_LOG.ID.eq(last.getId())).fetchSingle().value1());
        head.setHeadHash(prev);
        head.setUpdatedAt(at);
        head.update();
    }

    private static AuditChainRecord newHead(DSLContext tx, LocalDateTime at) {
        AuditChainRecord r = tx.newRecord(AUDIT_CHAIN);
        r.setId(HEAD);
        r.setHeadSeq(0L);
        r.setHeadHash(GENESIS);
        r.setSealedAt(at);
        r.setCreatedAt(at);
        r.setUpdatedAt(at);
        r.insert();
        return r;
    }

    /**
     * Seals the entries written before the chain existed, in their order, once: the first open after the upgrade. A
     * file with a head is left alone without a write (entries without a seal found later were slipped in, and the check
     * names them). When sealing cannot be done now (the disk nearly full, another program sealing), the first entry
     * appended seals them first, in its own transaction.
     */
    static void sealIfNew(DSLContext dsl) {
        if (dsl.fetchExists(AUDIT_CHAIN)) {
            return;
        }
        try {
            dsl.transaction(cfg -> {
                if (!cfg.dsl().fetchExists(AUDIT_CHAIN)) {
                    seal(cfg.dsl());
                }
            });
        } catch (org.jooq.exception.DataAccessException | org.mediationledger.model.DataFileException e) {
            LOG.info("the history is sealed later (by another program, or with the first change): {}", e.getMessage());
        }
    }

    /** Seals every entry in order from the first and makes the head, inside the caller's transaction. */
    private static AuditChainRecord seal(DSLContext tx) {
        AuditChainRecord head = newHead(tx, stamp(LocalDateTime.now()));
        String prev = GENESIS;
        long last = 0;
        long n = 0;
        try (Cursor<AuditLogRecord> c = tx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetchSize(1000).fetchLazy()) {
            for (AuditLogRecord r : c) {
                r.setPrevHash(prev);
                r.setHash(hash(r));
                tx.update(AUDIT_LOG).set(AUDIT_LOG.PREV_HASH, r.getPrevHash()).set(AUDIT_LOG.HASH, r.getHash())
                        .where(AUDIT_LOG.ID.eq(r.getId())).execute();
                prev = r.getHash();
                last = r.getSeq();
                n++;
            }
        }
        head.setHeadSeq(last);
        head.setHeadHash(prev);
        head.update();
        LOG.info("sealed {} history entries written before the chain", n);
        return head;
    }

    /** True when the entry the head names is in the file with that hash (one lookup by its number). */
    static boolean holds(DSLContext dsl, Head h) {
        return h.seq() == 0 || h.hash().equals(dsl.select(AUDIT_LOG.HASH).from(AUDIT_LOG).where(AUDIT_LOG.SEQ.eq(h.seq()))
                .fetchOne(AUDIT_LOG.HASH));
    }

    /** The head as the file holds it, if the chain exists. */
    public static Optional<Head> head(DSLContext dsl) {
        return dsl.selectFrom(AUDIT_CHAIN).where(AUDIT_CHAIN.ID.eq(HEAD)).fetchOptional()
                .map(r -> new Head(r.getHeadSeq(), r.getHeadHash()));
    }

    /**
     * Walks the whole history in order and names the first place where the chain breaks; then compares the end with
     * the head in the file and with a head kept outside it (the newest one known there), if any.
     */
    public static AuditCheck verify(DSLContext dsl, Optional<Head> outside) {
        String expected = GENESIS;
        String beforeLast = null;
        long entries = 0;
        AuditLogRecord last = null;
        boolean outsideSeen = outside.isEmpty() || outside.get().seq() == 0;
        try (Cursor<AuditLogRecord> c = dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetchSize(1000).fetchLazy()) {
            AuditLogRecord r = c.fetchNext();
            while (r != null) {
                AuditLogRecord next = c.fetchNext();
                entries++;
                if (r.getHash() == null || r.getPrevHash() == null) {
                    return new AuditCheck(entries, Finding.INSERTED, entry(r));
                }
                if (!hash(r).equals(r.getHash())) {
                    return new AuditCheck(entries, Finding.CHANGED, entry(r));
                }
                if (!r.getPrevHash().equals(expected)) {
                    if (last != null && r.getPrevHash().equals(beforeLast)) {
                        // follows the entry before the last one: the last one, sealed to look right, was slipped in
                        return new AuditCheck(entries - 1, Finding.INSERTED, entry(last));
                    }
                    boolean slippedIn = next != null && expected.equals(next.getPrevHash());
                    return new AuditCheck(entries, slippedIn ? Finding.INSERTED : Finding.DELETED, entry(r));
                }
                if (!outsideSeen && r.getSeq() == outside.get().seq()) {
                    if (!r.getHash().equals(outside.get().hash())) {
                        return new AuditCheck(entries, Finding.REWRITTEN, entry(r));
                    }
                    outsideSeen = true;
                }
                beforeLast = expected;
                expected = r.getHash();
                last = r;
                r = next;
            }
        }
        Optional<Head> head = head(dsl);
        long lastSeq = last == null ? 0 : last.getSeq();
        if (head.isPresent() && (head.get().seq() != lastSeq || !head.get().hash().equals(expected))) {
            return new AuditCheck(entries, head.get().seq() > lastSeq ? Finding.NEWEST_DELETED : Finding.REWRITTEN,
                    last == null ? null : entry(last));
        }
        if (!outsideSeen) {
            // the entry the outside head names is gone, though the chain in the file holds together: rebuilt as a whole
            return new AuditCheck(entries, Finding.REWRITTEN, last == null ? null : entry(last));
        }
        return new AuditCheck(entries, Finding.WHOLE, null);
    }

    private static Entry entry(AuditLogRecord r) {
        return new Entry(r.getSeq(), r.getCreatedAt(), r.getTableName(), r.getAction(), r.getUserName());
    }
}
