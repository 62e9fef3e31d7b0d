package org.mediationledger.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rule of the exchange between a village PC and the township (issue 17, decision 0012): one row as this ledger
 * holds it ("mine"), as the other side sends it ("theirs"), and as both last agreed ("base", what the previous exchange
 * left on both sides). Each value is text (null for none); the key "deleted" holds "true" for a soft-deleted row.
 * <ul>
 * <li>a field changed on one side only takes that side's value;</li>
 * <li>a field changed on both sides to the same value is simply that value;</li>
 * <li>a field changed on both sides to different values is a <b>conflict</b>: mine stays in the row until a person
 * chooses, theirs is kept beside it — never a silent last-writer-wins;</li>
 * <li>a delete on one side and any edit on the other is a conflict of the whole row (the row stays, undeleted);</li>
 * <li>with no base (the row never went through an exchange here) every field that differs is a conflict.</li>
 * </ul>
 * No edit is lost: every value either ends in the merged row or is named by a conflict.
 */
public final class RowMerge {
    /** The key that marks a soft-deleted row. */
    public static final String DELETED = "deleted";

    private RowMerge() {
    }

    /** What the merge did to this row. */
    public enum Kind {
        /** theirs had nothing new for this ledger */
        UNCHANGED,
        /** their changes applied, nothing of mine touched */
        APPLIED,
        /** changes of both sides joined, on different fields */
        MERGED,
        /** at least one field needs a person */
        CONFLICT
    }

    /** One field changed on both sides: both values, and what they were before. */
    public record FieldConflict(String field, String base, String mine, String theirs) {
    }

    /**
     * @param row       the row as it should be stored now (mine where a conflict waits)
     * @param conflicts the fields a person must choose for; an edit against a delete is a conflict on "deleted"
     */
    public record Outcome(Kind kind, Map<String, String> row, List<FieldConflict> conflicts) {
        public Outcome {
            row = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(row));
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * Merges one row.
     *
     * @param base   the row as the last exchange left it on both sides, or null if it never went through one here
     * @param mine   the row in this ledger, or null if this ledger does not have it
     * @param theirs the row as the other side sends it (never null)
     */
    public static Outcome merge(Map<String, String> base, Map<String, String> mine, Map<String, String> theirs) {
        Objects.requireNonNull(theirs, "theirs");
        if (mine == null) {
            return new Outcome(Kind.APPLIED, theirs, List.of());
        }
        Set<String> fields = new LinkedHashSet<>(mine.keySet());
        fields.addAll(theirs.keySet());
        if (base != null) {
            fields.addAll(base.keySet());
        }
        Map<String, String> row = new LinkedHashMap<>();
        List<FieldConflict> conflicts = new ArrayList<>();
        boolean tookTheirs = false;
        boolean keptMine = false;
        for (String f : fields) {
            String m = mine.get(f);
            String t = theirs.get(f);
            if (Objects.equals(m, t)) {
                row.put(f, m);
                continue;
            }
            if (base == null) {
                row.put(f, m);
                conflicts.add(new FieldConflict(f, null, m, t));
                continue;
            }
            String b = base.get(f);
            if (Objects.equals(t, b)) { // only mine changed it
                row.put(f, m);
                keptMine = true;
            } else if (Objects.equals(m, b)) { // only theirs changed it
                row.put(f, t);
                tookTheirs = true;
            } else {
                row.put(f, m);
                conflicts.add(new FieldConflict(f, b, m, t));
            }
        }
        if (base != null) {
            deleteAgainstEdit(base, mine, theirs, row, conflicts);
        }
        Kind kind = !conflicts.isEmpty() ? Kind.CONFLICT : !tookTheirs ? Kind.UNCHANGED : keptMine ? Kind.MERGED : Kind.APPLIED;
        return new Outcome(kind, row, conflicts);
    }

    /** A delete on one side and an edit of any other field on the other: the row stays, and a person decides. */
    private static void deleteAgainstEdit(Map<String, String> base, Map<String, String> mine, Map<String, String> theirs,
                                          Map<String, String> row, List<FieldConflict> conflicts) {
        boolean wasDeleted = deleted(base);
        boolean mineDeletes = deleted(mine) && !wasDeleted;
        boolean theirsDeletes = deleted(theirs) && !wasDeleted;
        if (mineDeletes == theirsDeletes) {
            return; // neither deleted it, or both did
        }
        Map<String, String> editor = mineDeletes ? theirs : mine;
        boolean edited = editor.keySet().stream().filter(f -> !f.equals(DELETED))
                .anyMatch(f -> !Objects.equals(editor.get(f), base.get(f)));
        if (!edited) {
            return; // a plain delete against an untouched row: the delete goes through (merged above)
        }
        conflicts.removeIf(c -> c.field().equals(DELETED));
        conflicts.add(new FieldConflict(DELETED, base.get(DELETED), mine.get(DELETED), theirs.get(DELETED)));
        row.put(DELETED, "false");
    }

    private static boolean deleted(Map<String, String> r) {
        return "true".equals(r.get(DELETED));
    }
}
