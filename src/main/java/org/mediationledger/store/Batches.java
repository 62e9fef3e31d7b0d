package org.mediationledger.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

/**
 * Many records of one table written as JDBC batches of one prepared statement, a batch per set of changed columns.
 * jOOQ's own batchInsert/batchUpdate of records renders every record's statement first (half the time of an import of
 * 30,000 rows went there); here the statement is rendered once and only the values are bound per record.
 */
final class Batches {
    private Batches() {
    }

    /** Inserts the records (their changed columns) in their order. */
    static void insert(DSLContext tx, List<? extends TableRecord<?>> records) {
        for (var group : byChangedColumns(records).entrySet()) {
            List<Field<?>> fields = group.getKey();
            List<Field<?>> params = new ArrayList<>();
            fields.forEach(f -> params.add(DSL.val(null, f)));
            run(tx, tx.insertInto(group.getValue().get(0).getTable()).columns(fields).values(params), fields, null,
                    group.getValue());
        }
    }

    /** Updates the records' changed columns, each by its primary key (a single column). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void update(DSLContext tx, List<? extends UpdatableRecord<?>> records) {
        for (var group : byChangedColumns(records).entrySet()) {
            List<Field<?>> fields = group.getKey();
            var table = group.getValue().get(0).getTable();
            Field key = table.getPrimaryKey().getFields().get(0);
            Map<Field<?>, Object> set = new LinkedHashMap<>();
            fields.forEach(f -> set.put(f, DSL.val(null, f)));
            run(tx, tx.update(table).set(set).where(key.eq(DSL.val(null, key))), fields, key, group.getValue());
        }
    }

    /**
     * One statement rendered by jOOQ, its values bound straight to the JDBC statement (jOOQ's BatchBindStep builds a
     * bind value object per value: a seventh of an import's time), executed as one batch. key: the primary key bound
     * last, with its original value (an update), or null (an insert).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void run(DSLContext tx, org.jooq.Query query, List<Field<?>> fields, Field<?> key,
                            List<? extends TableRecord<?>> records) {
        String sql = tx.render(query);
        List<Field<?>> bound = new ArrayList<>(fields);
        if (key != null) {
            bound.add(key);
        }
        int[] types = new int[bound.size()];
        org.jooq.Converter[] converters = new org.jooq.Converter[bound.size()];
        for (int i = 0; i < bound.size(); i++) {
            types[i] = bound.get(i).getDataType().getSQLType();
            converters[i] = bound.get(i).getConverter();
        }
        tx.connection(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                for (TableRecord<?> r : records) {
                    for (int i = 0; i < bound.size(); i++) {
                        Object v = key != null && i == fields.size() ? ((UpdatableRecord<?>) r).original(key) : r.get(bound.get(i));
                        v = v == null ? null : converters[i].to(v);
                        if (v == null) {
                            ps.setNull(i + 1, types[i]);
                        } else {
                            ps.setObject(i + 1, v);
                        }
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        // stored: what the records hold is now their original (a later update finds them by their key)
        records.forEach(r -> r.changed(false));
    }

    private static <R extends TableRecord<?>> Map<List<Field<?>>, List<R>> byChangedColumns(List<R> records) {
        Map<List<Field<?>>, List<R>> out = new LinkedHashMap<>();
        for (R r : records) {
            List<Field<?>> changed = new ArrayList<>();
            for (Field<?> f : r.fields()) {
                if (r.changed(f)) {
                    changed.add(f);
                }
            }
            if (!changed.isEmpty()) {
                out.computeIfAbsent(changed, k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }
}
