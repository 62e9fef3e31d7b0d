package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.AGREEMENT;
import static org.mediationledger.store.generated.Tables.ASSIGNMENT_EXTENSION;
import static org.mediationledger.store.generated.Tables.AUDIT_LOG;
import static org.mediationledger.store.generated.Tables.ATTEMPT_MEDIATOR;
import static org.mediationledger.store.generated.Tables.CASE_EXTENSION;
import static org.mediationledger.store.generated.Tables.DISPUTE_TYPE;
import static org.mediationledger.store.generated.Tables.DISPUTE_TYPE_LIST;
import static org.mediationledger.store.generated.Tables.ESCALATION;
import static org.mediationledger.store.generated.Tables.EXCHANGE_BASE;
import static org.mediationledger.store.generated.Tables.EXCHANGE_CONFLICT;
import static org.mediationledger.store.generated.Tables.EXCHANGE_NODE;
import static org.mediationledger.store.generated.Tables.EXCHANGE_SENT;
import static org.mediationledger.store.generated.Tables.FINDING;
import static org.mediationledger.store.generated.Tables.FINDING_PARTY;
import static org.mediationledger.store.generated.Tables.FOLLOW_UP;
import static org.mediationledger.store.generated.Tables.LEADER_ASSIGNMENT;
import static org.mediationledger.store.generated.Tables.MEDIATION_ATTEMPT;
import static org.mediationledger.store.generated.Tables.MEDIATION_CASE;
import static org.mediationledger.store.generated.Tables.MICRO_GRID;
import static org.mediationledger.store.generated.Tables.PARTY;
import static org.mediationledger.store.generated.Tables.PERFORMANCE_RECORD;
import static org.mediationledger.store.generated.Tables.SCREENING_ROUND;
import static org.mediationledger.store.generated.Tables.SCREENING_ROUND_SCREENER;
import static org.mediationledger.store.generated.Tables.SENSITIVE_PERIOD;
import static org.mediationledger.store.generated.Tables.STAFF;
import static org.mediationledger.store.generated.Tables.SUPERVISION_ENTRY;
import static org.mediationledger.store.generated.Tables.UNIT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.tools.Convert;
import org.mediationledger.model.FieldChange;
import org.mediationledger.model.RowMerge;

/**
 * The rows that travel between a village ledger and the township (issue 17, decision 0012), read and written generically
 * through jOOQ's generated tables, so both engines run the same code. This class knows which tables travel and in which
 * order (parents first), which of their rows belong to a village, which columns hold sealed personal numbers, and keeps
 * per peer what both sides last agreed on (exchange_base), what was sent and not yet acknowledged (exchange_sent) and the
 * conflicts a person has to decide (exchange_conflict). Derived tables (case_fact, round_fact, the number counters) never
 * travel: they are recomputed in the importing transaction.
 */
public final class ExchangeRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Never merged: the key, and the row's own bookkeeping (each ledger keeps its own). */
    private static final Set<String> BOOKKEEPING = Set.of("id", "created_at", "updated_at", "version", "id_number_hash");

    /** A table that travels, and the condition that picks a village's rows of it (null: every row, as reference data). */
    record Synced(Table<?> table, Function<UUID, Condition> ofUnit) {
        String name() {
            return table.getName().toLowerCase();
        }

        @SuppressWarnings("unchecked")
        TableField<?, UUID> id() {
            return (TableField<?, UUID>) table.field("ID");
        }
    }

    private static Condition caseOf(Field<UUID> caseId, UUID unit) {
        return caseId.in(DSL.select(MEDIATION_CASE.ID).from(MEDIATION_CASE).where(MEDIATION_CASE.UNIT_ID.eq(unit)));
    }

    private static Condition roundOf(Field<UUID> roundId, UUID unit) {
        return roundId.in(DSL.select(SCREENING_ROUND.ID).from(SCREENING_ROUND).where(SCREENING_ROUND.UNIT_ID.eq(unit)));
    }

    /** Parents before children, so a row always finds what it refers to. */
    static final List<Synced> TABLES = List.of(
            new Synced(UNIT, null), new Synced(MICRO_GRID, null), new Synced(STAFF, null),
            new Synced(DISPUTE_TYPE_LIST, null), new Synced(DISPUTE_TYPE, null), new Synced(SENSITIVE_PERIOD, null),
            new Synced(MEDIATION_CASE, u -> MEDIATION_CASE.UNIT_ID.eq(u)),
            new Synced(PARTY, u -> caseOf(PARTY.CASE_ID, u)),
            new Synced(MEDIATION_ATTEMPT, u -> caseOf(MEDIATION_ATTEMPT.CASE_ID, u)),
            new Synced(ATTEMPT_MEDIATOR, u -> ATTEMPT_MEDIATOR.ATTEMPT_ID.in(DSL.select(MEDIATION_ATTEMPT.ID).from(MEDIATION_ATTEMPT)
                    .where(caseOf(MEDIATION_ATTEMPT.CASE_ID, u)))),
            new Synced(ESCALATION, u -> caseOf(ESCALATION.CASE_ID, u)),
            new Synced(AGREEMENT, u -> caseOf(AGREEMENT.CASE_ID, u)),
            new Synced(PERFORMANCE_RECORD, u -> caseOf(PERFORMANCE_RECORD.CASE_ID, u)),
            new Synced(FOLLOW_UP, u -> caseOf(FOLLOW_UP.CASE_ID, u)),
            new Synced(CASE_EXTENSION, u -> caseOf(CASE_EXTENSION.CASE_ID, u)),
            new Synced(SCREENING_ROUND, u -> SCREENING_ROUND.UNIT_ID.eq(u)),
            new Synced(SCREENING_ROUND_SCREENER, u -> roundOf(SCREENING_ROUND_SCREENER.ROUND_ID, u)),
            new Synced(FINDING, u -> roundOf(FINDING.ROUND_ID, u)),
            new Synced(FINDING_PARTY, u -> FINDING_PARTY.FINDING_ID.in(DSL.select(FINDING.ID).from(FINDING).where(roundOf(FINDING.ROUND_ID, u)))),
            // a leader's matter belongs to the village whose case or finding it is about (the responsible unit alone
            // would send a village a matter about another's case); reception days stay at the township, where leaders
            // receive visitors (a matter opened as a village's case travels as that case)
            new Synced(LEADER_ASSIGNMENT, ExchangeRepository::assignmentOf),
            new Synced(ASSIGNMENT_EXTENSION, u -> ASSIGNMENT_EXTENSION.ASSIGNMENT_ID.in(DSL.select(LEADER_ASSIGNMENT.ID)
                    .from(LEADER_ASSIGNMENT).where(assignmentOf(u)))),
            new Synced(SUPERVISION_ENTRY, u -> SUPERVISION_ENTRY.ASSIGNMENT_ID.in(DSL.select(LEADER_ASSIGNMENT.ID)
                    .from(LEADER_ASSIGNMENT).where(assignmentOf(u)))));

    private static Condition assignmentOf(UUID unit) {
        return caseOf(LEADER_ASSIGNMENT.CASE_ID, unit).or(LEADER_ASSIGNMENT.FINDING_ID.in(DSL.select(FINDING.ID).from(FINDING)
                .where(roundOf(FINDING.ROUND_ID, unit))));
    }

    private static final Map<String, Synced> BY_NAME = TABLES.stream()
            .collect(java.util.stream.Collectors.toMap(Synced::name, t -> t));

    private static Synced synced(String table) {
        Synced s = BY_NAME.get(table);
        if (s == null) {
            throw new IllegalArgumentException("a table that does not travel: " + table);
        }
        return s;
    }

    /** The rows of this table that belong to the unit's ledger (every row when unit is null, and of reference data). */
    private static Condition scope(Synced s, UUID unit) {
        return unit == null || s.ofUnit() == null ? DSL.trueCondition() : s.ofUnit().apply(unit);
    }

    /**
     * Exchange conflicts still open on a case: on the case itself or on any row that belongs to it by its case_id (its
     * parties and the steps of its path).
     */
    static int openConflictsOnCase(DSLContext dsl, UUID caseId) {
        Condition rows = EXCHANGE_CONFLICT.ROW_ID.eq(caseId);
        for (Synced s : TABLES) {
            Field<UUID> caseIdField = s.table().field("CASE_ID", UUID.class);
            if (caseIdField != null && s.table() != MEDIATION_CASE) {
                rows = rows.or(EXCHANGE_CONFLICT.TABLE_NAME.eq(s.name())
                        .and(EXCHANGE_CONFLICT.ROW_ID.in(DSL.select(s.id()).from(s.table()).where(caseIdField.eq(caseId)))));
            }
        }
        return dsl.fetchCount(EXCHANGE_CONFLICT, EXCHANGE_CONFLICT.RESOLVED_AT.isNull().and(rows));
    }

    /**
     * Of these cases, those with an exchange conflict still open on the case, its parties or a step of its path (as
     * openConflictsOnCase, for a page of the register at once). One cheap query when no conflict is open at all.
     */
    static Set<UUID> casesWithOpenConflicts(DSLContext dsl, java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty() || !dsl.fetchExists(EXCHANGE_CONFLICT, EXCHANGE_CONFLICT.RESOLVED_AT.isNull())) {
            return Set.of();
        }
        Set<UUID> out = new HashSet<>(dsl.select(EXCHANGE_CONFLICT.ROW_ID).from(EXCHANGE_CONFLICT)
                .where(EXCHANGE_CONFLICT.RESOLVED_AT.isNull().and(EXCHANGE_CONFLICT.TABLE_NAME.eq(MEDIATION_CASE.getName().toLowerCase()))
                        .and(EXCHANGE_CONFLICT.ROW_ID.in(caseIds))).fetch(EXCHANGE_CONFLICT.ROW_ID));
        for (Synced s : TABLES) {
            Field<UUID> caseIdField = s.table().field("CASE_ID", UUID.class);
            if (caseIdField != null && s.table() != MEDIATION_CASE) {
                out.addAll(dsl.selectDistinct(caseIdField).from(s.table()).join(EXCHANGE_CONFLICT)
                        .on(EXCHANGE_CONFLICT.ROW_ID.eq(s.id()).and(EXCHANGE_CONFLICT.TABLE_NAME.eq(s.name())))
                        .where(EXCHANGE_CONFLICT.RESOLVED_AT.isNull().and(caseIdField.in(caseIds))).fetch(caseIdField));
            }
        }
        return out;
    }

    /** Sealed columns (table.column) and the purpose they are sealed for. */
    private static final Map<String, String> SEALED = Map.of(
            "party.id_number", DataKeys.ID_NUMBER, "party.phone", DataKeys.PHONE, "party.address", DataKeys.ADDRESS,
            "finding_party.phone", DataKeys.FINDING_PHONE);

    private final DSLContext dsl;
    private final Audit audit;
    private final FieldCipher cipher;

    public ExchangeRepository(DSLContext dsl, Audit audit, FieldCipher cipher) {
        this.dsl = dsl;
        this.audit = audit;
        this.cipher = cipher;
    }

    // ---------------------------------------------------------------- nodes

    /** A ledger this one knows: itself, or a peer it exchanges with. */
    public record Node(UUID id, String kind, String name, UUID unitId, boolean self, String key, UUID township,
                       long lastSent, long lastReceived, LocalDateTime lastExchange) {
    }

    public Optional<Node> self() {
        return nodes().stream().filter(Node::self).findFirst();
    }

    public List<Node> nodes() {
        return dsl.selectFrom(EXCHANGE_NODE).where(EXCHANGE_NODE.DELETED.isFalse()).orderBy(EXCHANGE_NODE.IS_SELF.desc(), EXCHANGE_NODE.NAME)
                .fetch(r -> new Node(r.getId(), r.getKind(), r.getName(), r.getUnitId(), r.getIsSelf(), r.getExchangeKey(),
                        r.getTownshipId(), r.getLastSentSeq(), r.getLastReceivedSeq(), r.getLastExchangeAt()));
    }

    public Optional<Node> node(UUID id) {
        return nodes().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** Records a node (this ledger itself, or a peer with the key both share). */
    public void addNode(DSLContext tx, Node n) {
        LocalDateTime now = audit.now();
        tx.insertInto(EXCHANGE_NODE).set(EXCHANGE_NODE.ID, n.id()).set(EXCHANGE_NODE.KIND, n.kind()).set(EXCHANGE_NODE.NAME, n.name())
                .set(EXCHANGE_NODE.UNIT_ID, n.unitId()).set(EXCHANGE_NODE.IS_SELF, n.self()).set(EXCHANGE_NODE.EXCHANGE_KEY, n.key())
                .set(EXCHANGE_NODE.TOWNSHIP_ID, n.township()).set(EXCHANGE_NODE.CREATED_AT, now).set(EXCHANGE_NODE.UPDATED_AT, now)
                .execute();
        audit.record(tx, "exchange_node", n.id(), "INSERT", List.of(new FieldChange("name", "", n.name()),
                new FieldChange("kind", "", n.kind())));
    }

    public <T> T inTransaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
    }

    // ---------------------------------------------------------------- export

    /** One row as it travels: its table, key, version at the sender and its values as text (personal numbers clear). */
    public record Row(String table, UUID id, int version, Map<String, String> values) {
    }

    /**
     * Every row in scope that this peer has not acknowledged in its present version, except rows with a conflict still
     * open against this peer (they travel once a person has decided). Records them as sent in package seq.
     *
     * @param unit the village's unit, or null for every row (the township's own ledger sending to... nobody: a village
     *             ledger sends everything it holds)
     */
    public List<Row> changedFor(DSLContext tx, UUID peer, UUID unit, long seq) {
        List<Row> out = new ArrayList<>();
        List<org.mediationledger.store.generated.tables.records.ExchangeSentRecord> sent = new ArrayList<>();
        LocalDateTime now = audit.now();
        for (Synced s : TABLES) {
            Set<UUID> held = new HashSet<>(tx.select(EXCHANGE_CONFLICT.ROW_ID).from(EXCHANGE_CONFLICT)
                    .where(EXCHANGE_CONFLICT.PEER_ID.eq(peer).and(EXCHANGE_CONFLICT.TABLE_NAME.eq(s.name()))
                            .and(EXCHANGE_CONFLICT.RESOLVED_AT.isNull())).fetch(EXCHANGE_CONFLICT.ROW_ID));
            var agreed = tx.select(EXCHANGE_BASE.ROW_ID, EXCHANGE_BASE.ROW_VERSION).from(EXCHANGE_BASE)
                    .where(EXCHANGE_BASE.PEER_ID.eq(peer).and(EXCHANGE_BASE.TABLE_NAME.eq(s.name()))).fetchMap(EXCHANGE_BASE.ROW_ID, EXCHANGE_BASE.ROW_VERSION);
            for (Record r : tx.selectFrom(s.table()).where(scope(s, unit)).fetch()) {
                UUID id = r.get(s.id());
                int version = r.get(s.table().field("VERSION", Integer.class));
                if (held.contains(id) || Objects.equals(agreed.get(id), version)) {
                    continue;
                }
                Map<String, String> values = clearValues(s, r);
                out.add(new Row(s.name(), id, version, values));
                var r2 = tx.newRecord(EXCHANGE_SENT);
                r2.setId(UUID.randomUUID());
                r2.setPeerId(peer);
                r2.setSeq(seq);
                r2.setCreatedAt(now);
                r2.setUpdatedAt(now);
                r2.setTableName(s.name());
                r2.setRowId(id);
                r2.setRowVersion(version);
                r2.setRowValues(json(digested(s.name(), values)));
                sent.add(r2);
                if (sent.size() == CHUNK) {
                    Batches.insert(tx, sent);
                    sent.clear();
                }
            }
        }
        Batches.insert(tx, sent);
        tx.update(EXCHANGE_NODE).set(EXCHANGE_NODE.LAST_SENT_SEQ, seq).set(EXCHANGE_NODE.UPDATED_AT, audit.now())
                .where(EXCHANGE_NODE.ID.eq(peer)).execute();
        return out;
    }

    /**
     * The peer has everything up to package ack: what was sent in those packages is now what both sides agree on
     * (the latest sent version of each row), and need not be sent again.
     */
    public void acknowledged(DSLContext tx, UUID peer, long ack) {
        var sent = tx.selectFrom(EXCHANGE_SENT).where(EXCHANGE_SENT.PEER_ID.eq(peer).and(EXCHANGE_SENT.SEQ.le(ack)))
                .orderBy(EXCHANGE_SENT.SEQ).fetch();
        Map<String, org.mediationledger.store.generated.tables.records.ExchangeSentRecord> latest = new LinkedHashMap<>();
        sent.forEach(r -> latest.put(r.getTableName() + "/" + r.getRowId(), r));
        for (var r : latest.values()) {
            setBase(tx, peer, r.getTableName(), r.getRowId(), r.getRowVersion(), r.getRowValues());
        }
        tx.deleteFrom(EXCHANGE_SENT).where(EXCHANGE_SENT.PEER_ID.eq(peer).and(EXCHANGE_SENT.SEQ.le(ack))).execute();
    }

    // ---------------------------------------------------------------- history

    /** One entry of this ledger's history as it travels: its id here, who, what, when. */
    public record HistoryEntry(UUID id, String user, String table, UUID rowId, String action, String changes, LocalDateTime at) {
    }

    /**
     * The history a package carries: this ledger's own entries about rows in the peer's scope that the peer has not
     * acknowledged (up to upTo, the newest entry when the package was written), and the newest of the peer's entries
     * this ledger has received (the peer's acknowledgement). Copies of other ledgers' entries and this ledger's own
     * records of applying a package ("EXCHANGE") never travel: the first are someone else's, the second the peer has.
     */
    public record History(List<HistoryEntry> entries, long upTo, long received) {
    }

    public History historyFor(DSLContext tx, UUID peer, UUID unit) {
        var node = tx.selectFrom(EXCHANGE_NODE).where(EXCHANGE_NODE.ID.eq(peer)).fetchSingle();
        long acked = node.getHistoryAckedSeq();
        Long newest = tx.select(DSL.max(AUDIT_LOG.SEQ)).from(AUDIT_LOG).fetchOne(0, Long.class);
        long upTo = newest == null ? 0 : newest;
        Set<UUID> inScope = new HashSet<>();
        for (Synced s : TABLES) {
            inScope.addAll(tx.select(s.id()).from(s.table()).where(scope(s, unit)).fetch(s.id()));
        }
        List<HistoryEntry> out = new ArrayList<>();
        // read as a stream: the first file from a township to a village passes over the township's whole history
        try (var entries = tx.selectFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.gt(acked).and(AUDIT_LOG.SEQ.le(upTo))
                .and(AUDIT_LOG.ORIGIN.isNull()).and(AUDIT_LOG.ACTION.ne("EXCHANGE"))).orderBy(AUDIT_LOG.SEQ).fetchSize(1000).fetchLazy()) {
            for (var r : entries) {
                if (inScope.contains(r.getRowId())) {
                    out.add(new HistoryEntry(r.getId(), r.getUserName(), r.getTableName(), r.getRowId(), r.getAction(), r.getChanges(),
                            r.getCreatedAt()));
                }
            }
        }
        return new History(out, upTo, node.getHistoryReceivedSeq());
    }

    /**
     * The peer's history entries, as copies in this ledger's chain (their user with the peer's name beside it, their
     * time, their changes), each once: an entry already copied is skipped. Then what the peer acknowledged of ours.
     */
    public int applyHistory(DSLContext tx, UUID peer, String peerName, History h) {
        List<String> all = h.entries().stream().map(e -> peer + ":" + e.id()).toList();
        Set<String> had = new HashSet<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            had.addAll(tx.select(AUDIT_LOG.ORIGIN).from(AUDIT_LOG).where(AUDIT_LOG.ORIGIN.in(all.subList(i, Math.min(all.size(), i + CHUNK))))
                    .fetch(AUDIT_LOG.ORIGIN));
        }
        List<AuditChain.Pending> copies = new ArrayList<>();
        for (HistoryEntry e : h.entries()) {
            String origin = peer + ":" + e.id();
            if (had.add(origin)) {
                copies.add(new AuditChain.Pending(e.user() + " · " + peerName, e.table(), e.rowId(), e.action(), e.changes(), e.at(), origin));
            }
        }
        audit.appendCopies(tx, copies);
        tx.update(EXCHANGE_NODE)
                .set(EXCHANGE_NODE.HISTORY_RECEIVED_SEQ, DSL.greatest(EXCHANGE_NODE.HISTORY_RECEIVED_SEQ, DSL.val(h.upTo())))
                .set(EXCHANGE_NODE.HISTORY_ACKED_SEQ, DSL.greatest(EXCHANGE_NODE.HISTORY_ACKED_SEQ, DSL.val(h.received())))
                .where(EXCHANGE_NODE.ID.eq(peer)).execute();
        return copies.size();
    }

    // ---------------------------------------------------------------- import

    /** What importing did, row by row. */
    public static final class Tally {
        public int applied;
        public int merged;
        public int conflicts;
        public int skipped;
        public final Set<UUID> cases = new HashSet<>();
        public final Set<UUID> rounds = new HashSet<>();
        /** What both sides agreed on, per table, read once per import (not once per row). */
        final Map<String, Map<UUID, org.mediationledger.store.generated.tables.records.ExchangeBaseRecord>> bases = new HashMap<>();
        /** Whether anything sent to this peer still waits for its acknowledgement (else nothing to forget per row). */
        Boolean anySent;
        /**
         * Rows the file's history entries describe: taken whole from the peer, such a row's history is the peer's own
         * entries (copied with the file), and no entry of our own repeats them.
         */
        public final Set<UUID> describedByHistory = new HashSet<>();
        /**
         * Whether a leader matter new here that meets an active matter of this ledger on the same case or finding becomes
         * a conflict (see {@link #DUPLICATE}): set at the township only, where leaders assign, so that the two ledgers
         * do not each hold the mirror conflict and decide it both ways.
         */
        public boolean checkDuplicateMatters;
        /** Leader matters this import inserted (new here). */
        final Set<UUID> newMatters = new HashSet<>();
    }

    /**
     * The pseudo-field of a conflict between two active leader matters on one case or finding, assigned on both sides
     * while apart (one active matter per case is the rule on entry). mine: this ledger's matter's id; theirs: the
     * arrived one's. Keeping mine deletes the arrived matter; taking theirs deletes this ledger's. Either delete travels.
     */
    public static final String DUPLICATE = "duplicate";

    /** Rows read and written at a time: one lookup of the local rows and one batch of writes per chunk. */
    private static final int CHUNK = 500;

    /**
     * Applies the rows from the peer by the rule of RowMerge, in the caller's transaction, then brings the summaries
     * the figures read up to date. The rows come parents first (as {@link #changedFor} writes them); they are taken a
     * table's run at a time in chunks: the local rows of a chunk are read (and locked) with one query, what the chunk
     * changes is written as batches before the next chunk, so children always find their parents.
     */
    public void applyAll(DSLContext tx, UUID peer, String peerName, List<Row> rows, Tally tally) {
        if (tally.anySent == null) {
            tally.anySent = tx.fetchExists(EXCHANGE_SENT, EXCHANGE_SENT.PEER_ID.eq(peer));
        }
        int i = 0;
        while (i < rows.size()) {
            String table = rows.get(i).table();
            Set<UUID> ids = new HashSet<>();
            int j = i;
            // a row twice in one file (never written so, but read safely) starts a new chunk: it merges with the first
            while (j < rows.size() && j - i < CHUNK && rows.get(j).table().equals(table) && ids.add(rows.get(j).id())) {
                j++;
            }
            applyChunk(tx, peer, peerName, synced(table), rows.subList(i, j), ids, tally);
            i = j;
        }
        duplicateMatters(tx, peer, tally);
        refreshSummaries(tx, tally);
    }

    /** What a chunk writes, gathered while its rows are merged and written as batches at the end. */
    private static final class Writes {
        final List<org.jooq.TableRecord<?>> inserts = new ArrayList<>();
        final List<org.jooq.UpdatableRecord<?>> updates = new ArrayList<>();
        final List<org.jooq.TableRecord<?>> baseInserts = new ArrayList<>();
        final List<org.jooq.UpdatableRecord<?>> baseUpdates = new ArrayList<>();
        final List<UUID> forget = new ArrayList<>();
        final List<org.jooq.TableRecord<?>> conflicts = new ArrayList<>();
        final List<Audit.Entry> history = new ArrayList<>();
    }

    private void applyChunk(DSLContext tx, UUID peer, String peerName, Synced s, List<Row> rows, Set<UUID> ids, Tally tally) {
        Map<UUID, org.jooq.UpdatableRecord<?>> locals = new HashMap<>();
        for (Record r : tx.selectFrom(s.table()).where(s.id().in(ids)).forUpdate().fetch()) {
            locals.put(r.get(s.id()), (org.jooq.UpdatableRecord<?>) r);
        }
        var bases = tally.bases.computeIfAbsent(s.name(), t -> tx.selectFrom(EXCHANGE_BASE)
                .where(EXCHANGE_BASE.PEER_ID.eq(peer).and(EXCHANGE_BASE.TABLE_NAME.eq(t))).fetchMap(EXCHANGE_BASE.ROW_ID));
        Writes w = new Writes();
        LocalDateTime now = audit.now();
        for (Row theirs : rows) {
            merge(tx, peer, peerName, s, theirs, locals.get(theirs.id()), bases, tally, w, now);
        }
        Batches.insert(tx, w.inserts);
        Batches.update(tx, w.updates);
        Batches.insert(tx, w.baseInserts);
        Batches.update(tx, w.baseUpdates);
        if (!w.forget.isEmpty()) {
            tx.deleteFrom(EXCHANGE_SENT).where(EXCHANGE_SENT.PEER_ID.eq(peer).and(EXCHANGE_SENT.TABLE_NAME.eq(s.name()))
                    .and(EXCHANGE_SENT.ROW_ID.in(w.forget))).execute();
        }
        Batches.insert(tx, w.conflicts);
        audit.recordAll(tx, w.history);
    }

    /** Merges one row from the peer with this ledger's (local: null when new here), gathering what to write. */
    private void merge(DSLContext tx, UUID peer, String peerName, Synced s, Row theirs, org.jooq.UpdatableRecord<?> local,
                       Map<UUID, org.mediationledger.store.generated.tables.records.ExchangeBaseRecord> bases, Tally tally,
                       Writes w, LocalDateTime now) {
        var baseRecord = bases.get(theirs.id());
        Map<String, String> base = baseRecord == null ? null : map(baseRecord.getRowValues());
        Map<String, String> mine = local == null ? null : clearValues(s, local);
        Map<String, String> theirsDigested = digested(s.name(), theirs.values());
        Map<String, String> mineDigested = mine == null ? null : digested(s.name(), mine);
        RowMerge.Outcome o = RowMerge.merge(base, mineDigested, theirsDigested);
        int mineVersion = local == null ? 0 : local.get(s.table().field("VERSION", Integer.class));
        String agreed = json(nextBase(base, mineDigested, theirsDigested));
        switch (o.kind()) {
            case UNCHANGED -> {
                tally.skipped++;
                // the version both hold, when this ledger's row is theirs exactly; else -1: this side has more to send
                agreed(tx, tally, peer, s.name(), theirs.id(), mineDigested.equals(theirsDigested) ? mineVersion : -1, agreed,
                        bases, w, now);
                return;
            }
            case APPLIED -> tally.applied++;
            case MERGED -> tally.merged++;
            case CONFLICT -> tally.conflicts++;
        }
        // the row to store, in clear text: per field the side whose value won
        Map<String, String> row = new LinkedHashMap<>();
        for (var e : o.row().entrySet()) {
            String f = e.getKey();
            boolean fromMine = mine != null && Objects.equals(e.getValue(), mineDigested.get(f));
            row.put(f, fromMine ? mine.get(f) : theirs.values().get(f));
        }
        int version = o.kind() == RowMerge.Kind.APPLIED ? Math.max(theirs.version(), mineVersion + 1) : Math.max(theirs.version(), mineVersion) + 1;
        if (local == null) {
            org.jooq.UpdatableRecord<?> r = (org.jooq.UpdatableRecord<?>) tx.newRecord(s.table());
            fill(s, r, theirs.id(), row, version, now, true);
            w.inserts.add(r);
            if (tally.checkDuplicateMatters && s.table() == LEADER_ASSIGNMENT) {
                tally.newMatters.add(theirs.id());
            }
        } else {
            fill(s, local, theirs.id(), row, version, now, false);
            w.updates.add(local);
        }
        agreed(tx, tally, peer, s.name(), theirs.id(), o.kind() == RowMerge.Kind.APPLIED ? version : -1, agreed, bases, w, now);
        for (RowMerge.FieldConflict c : o.conflicts()) {
            String purpose = SEALED.get(s.name() + "." + c.field());
            String mineText = mine == null ? null : mine.get(c.field());
            String theirsText = theirs.values().get(c.field());
            var r = tx.newRecord(EXCHANGE_CONFLICT);
            r.setId(UUID.randomUUID());
            r.setPeerId(peer);
            r.setTableName(s.name());
            r.setRowId(theirs.id());
            r.setField(c.field());
            r.setMine(purpose == null ? mineText : cipher.seal(purpose, mineText));
            r.setTheirs(purpose == null ? theirsText : cipher.seal(purpose, theirsText));
            r.setTheirsVersion(theirs.version());
            r.setCreatedAt(now);
            r.setUpdatedAt(now);
            w.conflicts.add(r);
        }
        touched(s, theirs.id(), row, tally);
        if (o.kind() == RowMerge.Kind.APPLIED && tally.describedByHistory.contains(theirs.id())) {
            return; // the peer's own entries about this row come with the file, in this transaction
        }
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("exchange", "", peerName + " · " + o.kind().name()));
        for (String f : row.keySet()) {
            String before = mine == null ? null : mine.get(f);
            if (!Objects.equals(before, row.get(f))) {
                changes.add(new FieldChange(f, shown(s, f, before), shown(s, f, row.get(f))));
            }
        }
        w.history.add(new Audit.Entry(s.name(), theirs.id(), "EXCHANGE", changes));
    }

    /**
     * What both sides now hold of this row (see nextBase) and the version at which this ledger's row is exactly that
     * (-1: this side has more to send). What was sent of it before is older news than the base recorded now and is
     * forgotten: an acknowledgement of it arriving later must not set the base back (A sends 2; B's 3 arrives and is
     * applied; then B's acknowledgement of A's 2).
     */
    private void agreed(DSLContext tx, Tally tally, UUID peer, String table, UUID id, int version, String values,
                        Map<UUID, org.mediationledger.store.generated.tables.records.ExchangeBaseRecord> bases, Writes w,
                        LocalDateTime now) {
        var known = bases.get(id);
        if (known != null) {
            known.setRowVersion(version);
            known.setRowValues(values);
            known.setUpdatedAt(now);
            known.setVersion(known.getVersion() + 1);
            w.baseUpdates.add(known);
        } else {
            var r = tx.newRecord(EXCHANGE_BASE);
            r.setId(UUID.randomUUID());
            r.setPeerId(peer);
            r.setTableName(table);
            r.setRowId(id);
            r.setRowVersion(version);
            r.setRowValues(values);
            r.setVersion(1);
            r.setCreatedAt(now);
            r.setUpdatedAt(now);
            w.baseInserts.add(r);
            bases.put(id, r);
        }
        if (tally.anySent) {
            w.forget.add(id);
        }
    }

    /** A value as the history shows it: personal numbers masked as on every list, nothing as "". */
    private static String shown(Synced s, String column, String value) {
        return value == null ? "" : SEALED.containsKey(s.name() + "." + column) ? org.mediationledger.model.Masking.column(column, value) : value;
    }

    /**
     * What both sides hold in common after this row arrived, field by field: their value where this ledger now has it too
     * (taken, or alike on both sides); the old base where this ledger keeps a change of its own the other side has not
     * seen yet (a pending change, or a conflict waiting for a person). Replacing the whole base by their row would make
     * an echo of an older value of ours look like their change (A sets 3, B applies it, A sets 2, B's row still says 3).
     */
    static Map<String, String> nextBase(Map<String, String> base, Map<String, String> mine, Map<String, String> theirs) {
        if (mine == null) {
            return theirs;
        }
        Map<String, String> next = new LinkedHashMap<>();
        Set<String> fields = new java.util.LinkedHashSet<>(theirs.keySet());
        fields.addAll(mine.keySet());
        for (String f : fields) {
            String m = mine.get(f);
            String t = theirs.get(f);
            String b = base == null ? t : base.get(f);
            next.put(f, Objects.equals(m, t) ? t : Objects.equals(m, b) ? t : b);
        }
        return next;
    }

    /**
     * The cases and rounds whose summaries (case_fact, round_fact) must be recomputed: the case or round itself, or the
     * one a row belongs to by its case_id or round_id.
     */
    private static void touched(Synced s, UUID id, Map<String, String> row, Tally tally) {
        if (s.table() == MEDIATION_CASE) {
            tally.cases.add(id);
        } else if (s.table() == SCREENING_ROUND) {
            tally.rounds.add(id);
        } else if (row.get("case_id") != null) {
            tally.cases.add(UUID.fromString(row.get("case_id")));
        } else if (row.get("round_id") != null) {
            tally.rounds.add(UUID.fromString(row.get("round_id")));
        }
    }

    // ---------------------------------------------------------------- conflicts

    public List<org.mediationledger.model.ExchangeConflict> conflicts(boolean openOnly) {
        return dsl.selectFrom(EXCHANGE_CONFLICT).where(openOnly ? EXCHANGE_CONFLICT.RESOLVED_AT.isNull() : DSL.trueCondition())
                .orderBy(EXCHANGE_CONFLICT.CREATED_AT, EXCHANGE_CONFLICT.TABLE_NAME, EXCHANGE_CONFLICT.FIELD).fetch(r -> {
                    String purpose = SEALED.get(r.getTableName() + "." + r.getField());
                    boolean duplicate = DUPLICATE.equals(r.getField());
                    return new org.mediationledger.model.ExchangeConflict(r.getId(), r.getPeerId(), r.getTableName(), r.getRowId(), r.getField(),
                            duplicate ? matter(r.getMine()) : purpose == null ? r.getMine() : cipher.open(purpose, r.getMine()),
                            duplicate ? matter(r.getTheirs()) : purpose == null ? r.getTheirs() : cipher.open(purpose, r.getTheirs()),
                            r.getCreatedAt(), r.getResolution());
                });
    }

    /** A leader matter as a person recognises it: the leader, the day it was assigned and the start of its plan. */
    private String matter(String id) {
        return dsl.select(STAFF.NAME, LEADER_ASSIGNMENT.ASSIGNED_DATE, LEADER_ASSIGNMENT.PLAN).from(LEADER_ASSIGNMENT)
                .join(STAFF).on(STAFF.ID.eq(LEADER_ASSIGNMENT.LEADER_ID)).where(LEADER_ASSIGNMENT.ID.eq(UUID.fromString(id)))
                .fetchOptional(r -> r.value1() + " · " + r.value2() + " · "
                        + (r.value3().length() > 30 ? r.value3().substring(0, 30) + "…" : r.value3()))
                .orElse(id);
    }

    /**
     * A person chose: keep this ledger's value (MINE) or take the other side's (THEIRS). The row is saved with a new
     * version, so the choice travels back with the next export; the conflict is closed with who and when.
     */
    public void resolve(UUID conflictId, boolean takeTheirs, String who) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            // decided meanwhile (another PC on the shared file, a second click): a sentence, nothing changed
            var c = tx.selectFrom(EXCHANGE_CONFLICT).where(EXCHANGE_CONFLICT.ID.eq(conflictId).and(EXCHANGE_CONFLICT.RESOLVED_AT.isNull()))
                    .forUpdate().fetchOptional().orElseThrow(() -> new org.mediationledger.model.ValidationException(List.of(
                            org.mediationledger.model.Problem.error("conflict", "exchange.alreadyDecided"))));
            Synced s = synced(c.getTableName());
            // two active leader matters: the one not kept is deleted; any other conflict: the chosen value is set
            boolean duplicate = DUPLICATE.equals(c.getField());
            UUID target = !duplicate ? c.getRowId() : takeTheirs ? UUID.fromString(c.getMine()) : c.getRowId();
            String field = duplicate ? RowMerge.DELETED : c.getField();
            var local = (org.jooq.UpdatableRecord<?>) tx.selectFrom(s.table()).where(s.id().eq(target)).forUpdate().fetchSingle();
            Map<String, String> row = clearValues(s, local);
            String purpose = SEALED.get(s.name() + "." + field);
            String chosen = duplicate ? "true" : takeTheirs ? c.getTheirs() : c.getMine();
            String clear = purpose == null ? chosen : cipher.open(purpose, chosen);
            String before = row.get(field);
            row.put(field, clear);
            int version = local.get(s.table().field("VERSION", Integer.class)) + 1;
            LocalDateTime now = audit.now();
            fill(s, local, target, row, version, now, false);
            local.update();
            tx.update(EXCHANGE_CONFLICT).set(EXCHANGE_CONFLICT.RESOLVED_AT, now).set(EXCHANGE_CONFLICT.RESOLVED_BY, who)
                    .set(EXCHANGE_CONFLICT.RESOLUTION, takeTheirs ? "THEIRS" : "MINE").set(EXCHANGE_CONFLICT.UPDATED_AT, now)
                    .set(EXCHANGE_CONFLICT.VERSION, EXCHANGE_CONFLICT.VERSION.plus(1)).where(EXCHANGE_CONFLICT.ID.eq(conflictId)).execute();
            audit.record(tx, s.name(), target, "RESOLVE", List.of(new FieldChange(field,
                    shown(s, field, before), shown(s, field, clear)),
                    new FieldChange("resolution", "", takeTheirs ? "THEIRS" : "MINE")));
            Tally t = new Tally();
            touched(s, target, row, t);
            refreshSummaries(tx, t);
        });
    }

    /**
     * Leader matters this import brought in that meet another active matter of this ledger on the same case or finding:
     * each pair a conflict for a person (both stay as they arrived until then; nothing is dropped by a rule).
     */
    private void duplicateMatters(DSLContext tx, UUID peer, Tally tally) {
        if (tally.newMatters.isEmpty()) {
            return;
        }
        var a = LEADER_ASSIGNMENT.as("a");
        var b = LEADER_ASSIGNMENT.as("b");
        Condition active = a.STATUS.eq(org.mediationledger.model.MatterStatus.ACTIVE).and(a.DELETED.isFalse())
                .and(b.STATUS.eq(org.mediationledger.model.MatterStatus.ACTIVE)).and(b.DELETED.isFalse());
        LocalDateTime now = audit.now();
        List<UUID> arrived = new ArrayList<>(tally.newMatters);
        List<org.jooq.TableRecord<?>> conflicts = new ArrayList<>();
        for (int i = 0; i < arrived.size(); i += CHUNK) {
            var pairs = tx.select(a.ID, a.VERSION, b.ID).from(a).join(b)
                    .on(a.CASE_ID.eq(b.CASE_ID).or(a.FINDING_ID.eq(b.FINDING_ID)).and(a.ID.ne(b.ID)))
                    .where(a.ID.in(arrived.subList(i, Math.min(arrived.size(), i + CHUNK))).and(active))
                    .orderBy(a.ID, b.ID).fetch();
            for (var pair : pairs) {
                if (tally.newMatters.contains(pair.value3())) {
                    continue; // both came from the other side: its own pair, decided there
                }
                var r = tx.newRecord(EXCHANGE_CONFLICT);
                r.setId(UUID.randomUUID());
                r.setPeerId(peer);
                r.setTableName(LEADER_ASSIGNMENT.getName().toLowerCase());
                r.setRowId(pair.value1());
                r.setField(DUPLICATE);
                r.setMine(pair.value3().toString());
                r.setTheirs(pair.value1().toString());
                r.setTheirsVersion(pair.value2());
                r.setCreatedAt(now);
                r.setUpdatedAt(now);
                conflicts.add(r);
                tally.conflicts++;
            }
        }
        Batches.insert(tx, conflicts);
    }

    /** Recomputes the summaries the figures read, for every case and round the import or a resolution touched. */
    public static void refreshSummaries(DSLContext tx, Tally t) {
        List<UUID> cases = new ArrayList<>(t.cases);
        for (int i = 0; i < cases.size(); i += CHUNK) {
            StatsRepository.refresh(tx, cases.subList(i, Math.min(cases.size(), i + CHUNK)));
        }
        t.rounds.forEach(id -> StatsRepository.refreshRound(tx, id));
    }

    public void received(DSLContext tx, UUID peer, long seq) {
        tx.update(EXCHANGE_NODE).set(EXCHANGE_NODE.LAST_RECEIVED_SEQ, seq).set(EXCHANGE_NODE.LAST_EXCHANGE_AT, audit.now())
                .set(EXCHANGE_NODE.UPDATED_AT, audit.now()).where(EXCHANGE_NODE.ID.eq(peer)).execute();
    }

    public long lastReceived(DSLContext tx, UUID peer) {
        return tx.select(EXCHANGE_NODE.LAST_RECEIVED_SEQ).from(EXCHANGE_NODE).where(EXCHANGE_NODE.ID.eq(peer)).forUpdate()
                .fetchSingle().value1();
    }

    /** Whether this ledger holds any case or screening round (deleted ones too): a ledger that may not join a township. */
    public boolean holdsWork(DSLContext tx) {
        return tx.fetchExists(MEDIATION_CASE) || tx.fetchExists(SCREENING_ROUND);
    }

    /** Every travelling row of the unit (null: all) as text, for comparing two ledgers. */
    public Map<String, Map<String, String>> snapshot(UUID unit) {
        Map<String, Map<String, String>> out = new java.util.TreeMap<>();
        for (Synced s : TABLES) {
            for (Record r : dsl.selectFrom(s.table()).where(scope(s, unit)).fetch()) {
                Map<String, String> v = clearValues(s, r);
                out.put(s.name() + "/" + r.get(s.id()), v);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- rows as text

    /** The row's mergeable values as text, personal numbers opened. */
    private Map<String, String> clearValues(Synced s, Record r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Field<?> f : s.table().fields()) {
            String name = f.getName().toLowerCase();
            if (BOOKKEEPING.contains(name)) {
                continue;
            }
            String text = text(f, r.get(f));
            String purpose = SEALED.get(s.name() + "." + name);
            out.put(name, purpose == null ? text : cipher.open(purpose, text));
        }
        return out;
    }

    /** The same values with personal numbers as keyed hashes: what exchange_base and exchange_sent keep. */
    private Map<String, String> digested(String table, Map<String, String> clear) {
        Map<String, String> out = new LinkedHashMap<>(clear);
        SEALED.forEach((column, purpose) -> {
            String[] tc = column.split("\\.");
            if (tc[0].equals(table) && out.containsKey(tc[1])) {
                out.put(tc[1], cipher.digest(purpose, out.get(tc[1])));
            }
        });
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String text(Field<?> f, Object value) {
        if (value == null) {
            return null;
        }
        Converter c = f.getConverter();
        Object db = c.to(value);
        return db instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString() : Convert.convert(db, String.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(Field<?> f, String text) {
        if (text == null) {
            return null;
        }
        Converter c = f.getConverter();
        return c.from(Convert.convert(text, c.fromType()));
    }

    /**
     * Sets the row's values on a record of its table (personal numbers sealed under this ledger's key), with the version
     * and the row's own bookkeeping; the caller inserts or updates it.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fill(Synced s, org.jooq.UpdatableRecord<?> r, UUID id, Map<String, String> values, int version, LocalDateTime now,
                      boolean insert) {
        for (Field<?> f : s.table().fields()) {
            String name = f.getName().toLowerCase();
            if (BOOKKEEPING.contains(name) || !values.containsKey(name)) {
                continue;
            }
            String text = values.get(name);
            String purpose = SEALED.get(s.name() + "." + name);
            r.set((Field) f, purpose == null ? value(f, text) : cipher.seal(purpose, text));
        }
        if (s.table() == PARTY) {
            r.set(PARTY.ID_NUMBER_HASH, cipher.lookup(values.get("id_number")));
        }
        r.set((Field) s.table().field("UPDATED_AT"), now);
        r.set((Field) s.table().field("VERSION"), version);
        if (insert) {
            r.set((Field) s.id(), id);
            r.set((Field) s.table().field("CREATED_AT"), now);
        }
    }

    private void setBase(DSLContext tx, UUID peer, String table, UUID id, int version, String values) {
        LocalDateTime now = audit.now();
        int updated = tx.update(EXCHANGE_BASE).set(EXCHANGE_BASE.ROW_VERSION, version).set(EXCHANGE_BASE.ROW_VALUES, values)
                .set(EXCHANGE_BASE.UPDATED_AT, now).set(EXCHANGE_BASE.VERSION, EXCHANGE_BASE.VERSION.plus(1))
                .where(EXCHANGE_BASE.PEER_ID.eq(peer).and(EXCHANGE_BASE.TABLE_NAME.eq(table)).and(EXCHANGE_BASE.ROW_ID.eq(id))).execute();
        if (updated == 0) {
            tx.insertInto(EXCHANGE_BASE).set(EXCHANGE_BASE.ID, UUID.randomUUID()).set(EXCHANGE_BASE.PEER_ID, peer)
                    .set(EXCHANGE_BASE.TABLE_NAME, table).set(EXCHANGE_BASE.ROW_ID, id).set(EXCHANGE_BASE.ROW_VERSION, version)
                    .set(EXCHANGE_BASE.ROW_VALUES, values).set(EXCHANGE_BASE.CREATED_AT, now).set(EXCHANGE_BASE.UPDATED_AT, now).execute();
        }
    }

    static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> map(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
