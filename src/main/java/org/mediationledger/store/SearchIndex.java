package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.MEDIATION_CASE;
import static org.mediationledger.store.generated.Tables.PARTY;
import static org.mediationledger.store.generated.Tables.SEARCH_CASE;
import static org.mediationledger.store.generated.Tables.SEARCH_GRAM;
import static org.mediationledger.store.generated.Tables.SEARCH_PENDING;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search box's word index (issue 20, docs/decisions/0016): every pair of neighbouring characters of a case's number,
 * summary and party names (a character at the end of a word pairs with 0, so a single character is found too), and
 * every run of 3 to 6 digits inside the digits of those texts, each stored as one number — (the word's code << 32) + the
 * case's place in the index — so a word's cases are one range of the primary key.
 * <p>
 * Derived data, never the truth: a search takes the index's cases as candidates and checks each with the same LIKE as
 * before, so the index may hold too much but must never miss a case. Every transaction that writes a case or its
 * parties marks it pending (StatsRepository.refresh, which every such write already calls); a pending case is always a
 * candidate, and the index catches up (indexes the pending cases) before it is read, or in the background when many
 * wait (the first time on a large ledger) — the search then reads every case, as it did before the index.
 */
public final class SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** Pending cases indexed within a search before it runs; more than this are indexed in the background. */
    static final int CATCH_UP_IN_SEARCH = 5_000;
    /** Cases indexed per transaction. */
    static final int CHUNK = 2_000;
    /** A word held by more cases than this narrows nothing: it is left out of the intersection. */
    static final int COMMON = 20_000;
    /** More candidates than this: the search reads every case (a list of ids that long costs more than it saves). */
    static final int MAX_CANDIDATES = 5_000;
    /** Up to this many places found, a further word is checked by their keys rather than read whole. */
    static final int POINT_LOOKUPS = 2_000;
    private static final int DIGITS = 0x0100_0000;
    private static final Map<DSLContext, Thread> BACKGROUND = new ConcurrentHashMap<>();
    /** The ledgers whose cases were checked for ones the index was never told of (once per program). */
    private static final Set<DSLContext> CHECKED = java.util.Collections.newSetFromMap(
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>()));

    private SearchIndex() {
    }

    /** The words of a text, as the index stores them. */
    static Set<Integer> words(String text) {
        Set<Integer> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        String s = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            char next = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1)) ? s.charAt(i + 1) : 0;
            out.add(c << 16 | next);
        }
        for (int[] run : digitRuns(s)) {
            for (int len = 3; len <= 6; len++) {
                for (int from = run[0]; from + len <= run[1]; from++) {
                    out.add(digits(s, from, len));
                }
            }
        }
        return out;
    }

    /** Where the runs of digits of a text are: [start, end) each. */
    private static List<int[]> digitRuns(String s) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            int end = i;
            while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
                end++;
            }
            if (end > i) {
                out.add(new int[] {i, end});
            }
            i = end == i ? i + 1 : end;
        }
        return out;
    }

    private static int digits(String s, int from, int len) {
        return DIGITS | len << 20 | Integer.parseInt(s, from, from + len, 10);
    }

    /** The key range [lo, hi] of a word code. */
    private static long lo(int code) {
        return (long) code << 32;
    }

    private static long hi(int code) {
        return lo(code) | 0xFFFF_FFFFL;
    }

    /**
     * The word ranges a typed text must meet, or empty when the index cannot narrow it (blank, or spaces inside): each
     * pair of neighbouring characters, a single character as every pair it begins, a run of 3 or more digits as its
     * first six.
     */
    static Optional<List<long[]>> ranges(String typed) {
        String q = typed.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty() || q.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        List<long[]> out = new ArrayList<>();
        if (q.length() == 1) {
            out.add(new long[] {lo(q.charAt(0) << 16), hi(q.charAt(0) << 16 | 0xFFFF)});
            return Optional.of(out);
        }
        Set<Integer> codes = new HashSet<>();
        for (int i = 0; i + 1 < q.length(); i++) {
            codes.add(q.charAt(i) << 16 | q.charAt(i + 1));
        }
        for (int[] run : digitRuns(q)) {
            if (run[1] - run[0] >= 3) {
                codes.add(digits(q, run[0], Math.min(6, run[1] - run[0])));
            }
        }
        codes.forEach(c -> out.add(new long[] {lo(c), hi(c)}));
        return Optional.of(out);
    }

    /**
     * Marks cases as written since they were indexed, in the writing transaction: they are candidates of every search
     * until indexed again (their old words still lead to them meanwhile: too much, never too little). The pending row
     * is written even when there already was one, so a catch-up reading the old text meanwhile (it locks the rows it
     * takes) cannot drop it.
     */
    static void invalidate(DSLContext tx, Collection<UUID> caseIds) {
        tx.deleteFrom(SEARCH_PENDING).where(SEARCH_PENDING.CASE_ID.in(caseIds)).execute();
        tx.insertInto(SEARCH_PENDING, SEARCH_PENDING.CASE_ID)
                .select(tx.select(MEDIATION_CASE.ID).from(MEDIATION_CASE).where(MEDIATION_CASE.ID.in(caseIds))).execute();
    }

    /** Cases just inserted in this transaction wait to be indexed (no earlier mark or place to replace). */
    static void pendingNew(DSLContext tx, Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(SEARCH_PENDING, SEARCH_PENDING.CASE_ID);
        for (UUID id : caseIds) {
            insert = insert.values(id);
        }
        insert.execute();
    }

    /** Every case to be indexed again (after a bulk load that wrote the cases without their summaries). */
    static void invalidateAll(DSLContext tx) {
        tx.deleteFrom(SEARCH_CASE).execute();
        tx.deleteFrom(SEARCH_GRAM).execute();
        tx.deleteFrom(SEARCH_PENDING).execute();
        tx.insertInto(SEARCH_PENDING, SEARCH_PENDING.CASE_ID).select(tx.select(MEDIATION_CASE.ID).from(MEDIATION_CASE)).execute();
    }

    /**
     * Marks as pending every case the index has neither taken in nor been told of (written by plain SQL: a bulk load, an
     * older program); returns how many. Run once per ledger and program, before its first search.
     */
    public static int enqueueMissing(DSLContext dsl) {
        return dsl.insertInto(SEARCH_PENDING, SEARCH_PENDING.CASE_ID)
                .select(dsl.select(MEDIATION_CASE.ID).from(MEDIATION_CASE)
                        .whereNotExists(dsl.selectOne().from(SEARCH_CASE).where(SEARCH_CASE.CASE_ID.eq(MEDIATION_CASE.ID)))
                        .andNotExists(dsl.selectOne().from(SEARCH_PENDING).where(SEARCH_PENDING.CASE_ID.eq(MEDIATION_CASE.ID))))
                .execute();
    }

    public static int pending(DSLContext dsl) {
        return dsl.fetchCount(SEARCH_PENDING);
    }

    /** Indexes up to max pending cases in one transaction; returns how many were taken. */
    public static int catchUp(DSLContext dsl, int max) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<UUID> ids = tx.select(SEARCH_PENDING.CASE_ID).from(SEARCH_PENDING).orderBy(SEARCH_PENDING.CASE_ID).limit(max)
                    .forUpdate().fetch(SEARCH_PENDING.CASE_ID);
            if (ids.isEmpty()) {
                return 0;
            }
            Map<UUID, StringBuilder> texts = new HashMap<>();
            tx.select(MEDIATION_CASE.ID, MEDIATION_CASE.CASE_NUMBER, MEDIATION_CASE.SUMMARY).from(MEDIATION_CASE)
                    .where(MEDIATION_CASE.ID.in(ids))
                    .forEach(r -> texts.put(r.value1(), new StringBuilder(r.value2()).append('\n').append(r.value3() == null ? "" : r.value3())));
            tx.select(PARTY.CASE_ID, PARTY.NAME).from(PARTY).where(PARTY.CASE_ID.in(ids).and(PARTY.DELETED.isFalse()))
                    .forEach(r -> {
                        StringBuilder t = texts.get(r.value1());
                        if (t != null) {
                            t.append('\n').append(r.value2());
                        }
                    });
            // a case indexed again takes a new place, above every place ever given (its old words, left behind, then
            // lead to no case): the highest place is read before the cases' old places are let go, so none is reused
            Integer top = tx.select(DSL.max(SEARCH_CASE.NO)).from(SEARCH_CASE).fetchOne(0, Integer.class);
            int no = top == null ? 0 : top;
            tx.deleteFrom(SEARCH_CASE).where(SEARCH_CASE.CASE_ID.in(ids)).execute();
            List<UUID> cases = new ArrayList<>(texts.keySet());
            int[] nos = new int[cases.size()];
            List<long[]> keys = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                int place = ++no;
                nos[i] = place;
                keys.add(words(texts.get(cases.get(i)).toString()).stream().mapToLong(w -> lo(w) | place).toArray());
            }
            tx.connection(c -> {
                try (var ps = c.prepareStatement("insert into search_case (case_id, no) values (?, ?)")) {
                    for (int i = 0; i < cases.size(); i++) {
                        ps.setObject(1, cases.get(i));
                        ps.setInt(2, nos[i]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (var ps = c.prepareStatement("insert into search_gram (gram_key) values (?)")) {
                    int n = 0;
                    for (long[] k : keys) {
                        for (long key : k) {
                            ps.setLong(1, key);
                            ps.addBatch();
                            if (++n % 10_000 == 0) {
                                ps.executeBatch();
                            }
                        }
                    }
                    ps.executeBatch();
                }
            });
            tx.deleteFrom(SEARCH_PENDING).where(SEARCH_PENDING.CASE_ID.in(ids)).execute();
            return ids.size();
        });
    }

    /**
     * The cases a typed text may be in, a superset of those it is in (indexed cases holding every word of it, and every
     * case not yet indexed), or empty when the index cannot narrow it: the caller then reads every case. Catches up
     * first when few cases wait; when many wait, starts indexing them in the background and answers empty.
     */
    static Optional<Set<UUID>> candidates(DSLContext dsl, String typed) {
        Optional<List<long[]>> ranges = ranges(typed);
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (CHECKED.add(dsl)) {
                inBackground(dsl); // once per program: cases the index was never told of, then whatever waits
            }
            int waiting = pending(dsl);
            if (waiting > CATCH_UP_IN_SEARCH) {
                inBackground(dsl);
                return Optional.empty();
            }
            if (waiting > 0) {
                catchUpAll(dsl);
            }
        } catch (RuntimeException e) {
            // another program catching up at the same time, or a role that may only read: the search reads every case
            LOG.info("search index not brought up to date ({}); this search reads every case", e.toString());
            LOG.debug("search index catch-up failed", e);
            return Optional.empty();
        }
        // the rarest words first (runs of digits: a number's own digits), then each further word checked only for the
        // places found so far, by their keys: a word in every case is then never read whole
        List<long[]> byRarity = new ArrayList<>(ranges.get());
        byRarity.sort(java.util.Comparator.comparing((long[] r) -> r[0] >>> 56 != 1)); // a digits word's code starts 0x01
        Set<Integer> found = null;
        for (long[] r : byRarity) {
            if (found != null && found.size() <= POINT_LOOKUPS && r[1] - r[0] == 0xFFFF_FFFFL) {
                Set<Integer> still = new HashSet<>();
                List<Long> keys = new ArrayList<>();
                found.forEach(no -> keys.add(r[0] | no));
                for (int from = 0; from < keys.size(); from += 1000) {
                    dsl.select(SEARCH_GRAM.GRAM_KEY).from(SEARCH_GRAM).where(SEARCH_GRAM.GRAM_KEY.in(keys.subList(from,
                            Math.min(keys.size(), from + 1000)))).fetch(SEARCH_GRAM.GRAM_KEY).forEach(k -> still.add((int) (k & 0xFFFF_FFFFL)));
                }
                found = still;
            } else {
                List<Long> keys = dsl.select(SEARCH_GRAM.GRAM_KEY).from(SEARCH_GRAM).where(SEARCH_GRAM.GRAM_KEY.between(r[0], r[1]))
                        .limit(COMMON + 1).fetch(SEARCH_GRAM.GRAM_KEY);
                if (keys.size() > COMMON) {
                    continue; // too common to narrow
                }
                Set<Integer> nos = new HashSet<>();
                keys.forEach(k -> nos.add((int) (k & 0xFFFF_FFFFL)));
                if (found == null) {
                    found = nos;
                } else {
                    found.retainAll(nos);
                }
            }
            if (found.isEmpty()) {
                break;
            }
        }
        if (found == null || found.size() > MAX_CANDIDATES) {
            return Optional.empty();
        }
        Set<UUID> out = new HashSet<>(dsl.select(SEARCH_PENDING.CASE_ID).from(SEARCH_PENDING).fetch(SEARCH_PENDING.CASE_ID));
        if (!found.isEmpty()) {
            out.addAll(dsl.select(SEARCH_CASE.CASE_ID).from(SEARCH_CASE).where(SEARCH_CASE.NO.in(found)).fetch(SEARCH_CASE.CASE_ID));
        }
        return out.size() > MAX_CANDIDATES ? Optional.empty() : Optional.of(out);
    }

    /**
     * In a thread of its own (one per ledger at a time): marks pending the cases the index was never told of, then
     * indexes the pending cases a chunk at a time until none wait.
     */
    static void inBackground(DSLContext dsl) {
        BACKGROUND.computeIfAbsent(dsl, d -> {
            Thread t = new Thread(() -> {
                try {
                    long t0 = System.nanoTime();
                    enqueueMissing(d);
                    int done = catchUpAll(d);
                    LOG.info("search index: {} cases indexed in {} s", done, (System.nanoTime() - t0) / 1_000_000_000);
                } catch (RuntimeException e) {
                    LOG.info("search index: stopped catching up ({})", e.toString());
                } finally {
                    BACKGROUND.remove(d);
                }
            }, "search-index");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
            return t;
        });
    }

    /** Indexes every pending case now (the benchmark, a bulk load); returns how many. */
    public static int catchUpAll(DSLContext dsl) {
        int done = 0;
        for (int n; (n = catchUp(dsl, CHUNK)) > 0; ) {
            done += n;
        }
        return done;
    }
}
