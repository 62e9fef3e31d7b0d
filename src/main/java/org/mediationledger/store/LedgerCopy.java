package org.mediationledger.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Converter;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.mediationledger.model.Problem;
import org.mediationledger.model.TableCopy;
import org.mediationledger.model.ValidationException;
import org.mediationledger.store.generated.DefaultSchema;

/**
 * Moving in (issue 18): every row of a ledger copied into an empty one on another engine (an H2 file into PostgreSQL),
 * in one transaction of the target, parents before children, then compared table by table — rows counted and a
 * SHA-256 over every value in key order on both sides. Nothing is derived again: summaries, history (with its seals),
 * numbers and settings arrive as they were.
 */
public final class LedgerCopy {
    private LedgerCopy() {
    }

    /** Rows sent to the target per batch. */
    private static final int BATCH = 1000;

    /**
     * Copies and compares. A target that holds any row already is refused with a sentence (nothing written); a copy
     * whose comparison fails rolls back (nothing kept) and says which table differed.
     */
    public static List<TableCopy> copy(DSLContext from, DSLContext to, String targetName) {
        List<Table<?>> tables = parentsFirst();
        for (Table<?> t : tables) {
            int n = to.fetchCount(t);
            if (n > 0) {
                throw new ValidationException(List.of(Problem.error("db", "cli.moveTo.notEmpty", targetName, name(t), n)));
            }
        }
        List<TableCopy> out = new ArrayList<>();
        to.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (Table<?> t : tables) {
                Digest source = copyTable(from, tx, t);
                Digest target = new Digest(t);
                try (Cursor<? extends Record> cursor = tx.selectFrom(t).orderBy(order(t)).fetchSize(BATCH).fetchLazy()) {
                    cursor.forEach(target::add);
                }
                out.add(new TableCopy(name(t), source.rows, target.rows, source.hex(), target.hex()));
            }
            restartNumbers(tx);
            for (TableCopy c : out) {
                if (!c.same()) {
                    org.slf4j.LoggerFactory.getLogger(LedgerCopy.class).error("{} differs after the copy to {}: {}", c.table(), targetName, c);
                    throw new ValidationException(List.of(Problem.error("db", "cli.moveTo.differs", c.table())));
                }
            }
        });
        return out;
    }

    private static String name(Table<?> t) {
        return t.getName().toLowerCase(java.util.Locale.ROOT);
    }

    /** The program's tables ordered so that every table comes after the tables its foreign keys point to. */
    static List<Table<?>> parentsFirst() {
        Set<Table<?>> done = new LinkedHashSet<>();
        List<Table<?>> all = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        all.sort(java.util.Comparator.comparing(LedgerCopy::name));
        while (done.size() < all.size()) {
            int before = done.size();
            for (Table<?> t : all) {
                if (!done.contains(t) && t.getReferences().stream().map(ForeignKey::getKey).map(k -> k.getTable())
                        .allMatch(p -> p.equals(t) || done.contains(p))) {
                    done.add(t);
                }
            }
            if (done.size() == before) {
                throw new IllegalStateException("foreign keys in a circle among " + all);
            }
        }
        return new ArrayList<>(done);
    }

    /** Copies the table's rows in key order, digesting each as it goes (the source is read once). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Digest copyTable(DSLContext from, DSLContext tx, Table<?> t) {
        Field<?>[] fields = t.fields();
        StringBuilder sql = new StringBuilder("insert into ").append(name(t)).append(" (");
        for (int i = 0; i < fields.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(fields[i].getName().toLowerCase(java.util.Locale.ROOT));
        }
        // the history's numbers are the database's own (an identity column): kept as they were, not given anew
        boolean identity = t.getIdentity() != null && tx.dialect().family() == org.jooq.SQLDialect.POSTGRES;
        sql.append(")").append(identity ? " overriding system value" : "").append(" values (");
        for (int i = 0; i < fields.length; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(")");
        Digest digest = new Digest(t);
        tx.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString());
                 Cursor<? extends Record> cursor = from.selectFrom(t).orderBy(order(t)).fetchSize(BATCH).fetchLazy()) {
                int pending = 0;
                for (Record r : cursor) {
                    digest.add(r);
                    for (int i = 0; i < fields.length; i++) {
                        Object v = stored(r, fields[i]);
                        if (v == null) {
                            ps.setNull(i + 1, fields[i].getDataType().getSQLType());
                        } else {
                            ps.setObject(i + 1, v);
                        }
                    }
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        });
        return digest;
    }

    /** Key order (all columns when a table has no key): the same order on both engines. */
    private static List<SortField<?>> order(Table<?> t) {
        List<SortField<?>> out = new ArrayList<>();
        List<? extends Field<?>> key = t.getPrimaryKey() != null ? t.getPrimaryKey().getFields() : List.of(t.fields());
        key.forEach(f -> out.add(f.asc()));
        return out;
    }

    /** A value as the database stores it (an enum as its name): the same on either engine. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object stored(Record r, Field<?> f) {
        Object v = r.get(f);
        return v == null ? null : ((Converter) f.getConverter()).to(v);
    }

    /** SHA-256 over every value of every row in key order, each value as the same text on either engine. */
    private static final class Digest {
        private final Field<?>[] fields;
        private final MessageDigest md;
        long rows;

        Digest(Table<?> t) {
            fields = t.fields();
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(Record r) {
            for (Field<?> f : fields) {
                md.update(text(stored(r, f)).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0x1f);
            }
            md.update((byte) 0x1e);
            rows++;
        }

        String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return "\u0000";
        }
        if (v instanceof java.math.BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof byte[] b) {
            return java.util.Base64.getEncoder().encodeToString(b);
        }
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        return v.toString();
    }

    /**
     * The numbers the target gives next continue after the copied ones: the history's entry numbers and the summary
     * rows' sequences (their low 32 bits, docs/decisions/0004).
     */
    private static void restartNumbers(DSLContext to) {
        if (to.dialect().family() != org.jooq.SQLDialect.POSTGRES) {
            return; // an H2 target is made by the program's own scripts and opened by it: H2 reads its identity itself
        }
        var audit = org.mediationledger.store.generated.Tables.AUDIT_LOG;
        var cf = org.mediationledger.store.generated.Tables.CASE_FACT;
        var rf = org.mediationledger.store.generated.Tables.ROUND_FACT;
        Long audits = to.select(org.jooq.impl.DSL.max(audit.SEQ)).from(audit).fetchOne(0, Long.class);
        Long cases = to.select(org.jooq.impl.DSL.max(cf.FACT_KEY.mod(4294967296L))).from(cf).fetchOne(0, Long.class);
        Long rounds = to.select(org.jooq.impl.DSL.max(rf.FACT_KEY.mod(4294967296L))).from(rf).fetchOne(0, Long.class);
        to.connection(c -> {
            if (audits != null) {
                setval(c, "pg_get_serial_sequence('audit_log', 'seq')", audits);
            }
            if (cases != null) {
                setval(c, "'case_fact_seq'", cases);
            }
            if (rounds != null) {
                setval(c, "'round_fact_seq'", rounds);
            }
        });
    }

    private static void setval(Connection c, String sequence, long last) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("select setval(" + sequence + ", " + last + ")");
        }
    }
}
