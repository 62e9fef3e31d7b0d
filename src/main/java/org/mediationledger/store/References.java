package org.mediationledger.store;

import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Whether any record still points at a row of reference data (a village, a grid, a staff member): every foreign key
 * that references the table, found in the schema itself, so a table added later is counted too. Rows soft-deleted
 * themselves do not count.
 */
final class References {
    private References() {
    }

    /**
     * How many live rows reference the row id of the table (e.g. "UNIT"; the names compared in upper case: H2 and
     * PostgreSQL), in the ledger's own schema (a county database holds one per township).
     */
    static long count(DSLContext tx, String table, UUID id) {
        var refs = tx.resultQuery("""
                select k.table_name, k.column_name
                from information_schema.referential_constraints r
                join information_schema.key_column_usage k
                  on k.constraint_schema = r.constraint_schema and k.constraint_name = r.constraint_name
                join information_schema.table_constraints u
                  on u.constraint_schema = r.unique_constraint_schema and u.constraint_name = r.unique_constraint_name
                where upper(u.table_schema) = upper(current_schema) and upper(u.table_name) = upper(?)""", table)
                .fetch(r -> new String[] {r.get(0, String.class), r.get(1, String.class)});
        long total = 0;
        for (String[] ref : refs) {
            String t = ref[0];
            String c = ref[1];
            boolean softDeleted = tx.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("INFORMATION_SCHEMA", "COLUMNS")))
                    .where(DSL.upper(DSL.field(DSL.name("TABLE_SCHEMA"), String.class)).eq(DSL.upper(DSL.currentSchema())),
                            DSL.upper(DSL.field(DSL.name("TABLE_NAME"), String.class)).eq(t.toUpperCase(java.util.Locale.ROOT)),
                            DSL.upper(DSL.field(DSL.name("COLUMN_NAME"), String.class)).eq("DELETED")));
            var where = DSL.field(DSL.name(c), UUID.class).eq(id);
            total += tx.fetchCount(DSL.table(DSL.name(t)), softDeleted ? where.and(DSL.field(DSL.name("DELETED"), Boolean.class).isFalse()) : where);
        }
        return total;
    }
}
