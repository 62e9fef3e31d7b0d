package org.mediationledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RowMergeTest {

    private static Map<String, String> row(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void differentFieldsChangedOnTheTwoSidesAreJoined() {
        Map<String, String> base = row("summary", "邻里宅基地", "risk", "YELLOW", "deleted", "false");
        Map<String, String> mine = row("summary", "邻里宅基地纠纷，已走访", "risk", "YELLOW", "deleted", "false");
        Map<String, String> theirs = row("summary", "邻里宅基地", "risk", "ORANGE", "deleted", "false");

        RowMerge.Outcome o = RowMerge.merge(base, mine, theirs);

        assertThat(o.kind()).isEqualTo(RowMerge.Kind.MERGED);
        assertThat(o.conflicts()).isEmpty();
        assertThat(o.row()).containsEntry("summary", "邻里宅基地纠纷，已走访").containsEntry("risk", "ORANGE");
    }

    @Test
    void theSameFieldChangedOnBothSidesIsAConflictWithBothValuesKept() {
        Map<String, String> base = row("people", "2", "deleted", "false");
        RowMerge.Outcome o = RowMerge.merge(base, row("people", "3", "deleted", "false"), row("people", "5", "deleted", "false"));

        assertThat(o.kind()).isEqualTo(RowMerge.Kind.CONFLICT);
        assertThat(o.conflicts()).containsExactly(new RowMerge.FieldConflict("people", "2", "3", "5"));
        assertThat(o.row()).containsEntry("people", "3");
    }

    @Test
    void anEditAgainstADeleteIsAConflictAndTheRowStays() {
        Map<String, String> base = row("summary", "a", "deleted", "false");
        RowMerge.Outcome theyDeleted = RowMerge.merge(base, row("summary", "b", "deleted", "false"), row("summary", "a", "deleted", "true"));
        RowMerge.Outcome iDeleted = RowMerge.merge(base, row("summary", "a", "deleted", "true"), row("summary", "b", "deleted", "false"));

        for (RowMerge.Outcome o : java.util.List.of(theyDeleted, iDeleted)) {
            assertThat(o.kind()).isEqualTo(RowMerge.Kind.CONFLICT);
            assertThat(o.conflicts()).extracting(RowMerge.FieldConflict::field).containsExactly(RowMerge.DELETED);
            assertThat(o.row()).containsEntry(RowMerge.DELETED, "false").containsEntry("summary", "b");
        }
        // a delete of a row nobody edited goes through
        RowMerge.Outcome plain = RowMerge.merge(base, base, row("summary", "a", "deleted", "true"));
        assertThat(plain.kind()).isEqualTo(RowMerge.Kind.APPLIED);
        assertThat(plain.row()).containsEntry(RowMerge.DELETED, "true");
    }

    @Test
    void aRowThisLedgerLacksIsTakenAndOneWithoutABaseConflictsWhereverItDiffers() {
        Map<String, String> theirs = row("summary", "新", "deleted", "false");
        assertThat(RowMerge.merge(null, null, theirs).kind()).isEqualTo(RowMerge.Kind.APPLIED);

        RowMerge.Outcome o = RowMerge.merge(null, row("summary", "旧", "deleted", "false"), theirs);
        assertThat(o.conflicts()).containsExactly(new RowMerge.FieldConflict("summary", null, "旧", "新"));
        assertThat(RowMerge.merge(null, theirs, theirs).kind()).isEqualTo(RowMerge.Kind.UNCHANGED);
    }

    /**
     * Random rows (few values, so the two sides often pick the same one), random edits and deletes on both sides: every
     * edit of either side ends in the row or in a conflict; the two directions agree on the conflicts; merging a side's
     * own row again changes nothing.
     */
    @Test
    void noEditIsEverLostWhateverBothSidesDo() {
        Random random = new Random(17);
        String[] values = {null, "a", "b", "c"};
        for (int run = 0; run < 20_000; run++) {
            Map<String, String> base = new LinkedHashMap<>();
            int fields = 1 + random.nextInt(5);
            for (int f = 0; f < fields; f++) {
                base.put("f" + f, values[random.nextInt(values.length)]);
            }
            base.put(RowMerge.DELETED, random.nextInt(10) == 0 ? "true" : "false");
            Map<String, String> mine = edit(base, random, values);
            Map<String, String> theirs = edit(base, random, values);

            RowMerge.Outcome o = RowMerge.merge(base, mine, theirs);
            Map<String, RowMerge.FieldConflict> conflicts = o.conflicts().stream()
                    .collect(Collectors.toMap(RowMerge.FieldConflict::field, c -> c));
            for (String f : base.keySet()) {
                String b = base.get(f);
                String m = mine.get(f);
                String t = theirs.get(f);
                if (!Objects.equals(m, b)) {
                    assertThat(Objects.equals(o.row().get(f), m) || conflicts.containsKey(f) && Objects.equals(conflicts.get(f).mine(), m))
                            .as("mine's edit of %s kept (%s %s %s)", f, base, mine, theirs).isTrue();
                }
                if (!Objects.equals(t, b)) {
                    assertThat(Objects.equals(o.row().get(f), t) || conflicts.containsKey(f) && Objects.equals(conflicts.get(f).theirs(), t))
                            .as("theirs' edit of %s kept (%s %s %s)", f, base, mine, theirs).isTrue();
                }
                if (!f.equals(RowMerge.DELETED)) {
                    boolean both = !Objects.equals(m, b) && !Objects.equals(t, b) && !Objects.equals(m, t);
                    assertThat(conflicts.containsKey(f)).as("conflict on %s iff changed differently on both sides", f).isEqualTo(both);
                }
            }
            RowMerge.Outcome other = RowMerge.merge(base, theirs, mine);
            Set<String> fieldsHere = conflicts.keySet();
            assertThat(other.conflicts().stream().map(RowMerge.FieldConflict::field).collect(Collectors.toSet())).isEqualTo(fieldsHere);
            for (String f : base.keySet()) {
                if (!fieldsHere.contains(f)) {
                    assertThat(other.row().get(f)).as("both directions end alike on %s", f).isEqualTo(o.row().get(f));
                }
            }
            assertThat(RowMerge.merge(base, mine, mine).kind()).isEqualTo(RowMerge.Kind.UNCHANGED);
            assertThat(RowMerge.merge(base, base, theirs).row()).isEqualTo(theirs);
        }
    }

    private static Map<String, String> edit(Map<String, String> base, Random random, String[] values) {
        Map<String, String> r = new LinkedHashMap<>(base);
        for (String f : base.keySet()) {
            if (!f.equals(RowMerge.DELETED) && random.nextInt(3) == 0) {
                r.put(f, values[random.nextInt(values.length)]);
            }
        }
        if (random.nextInt(6) == 0) {
            r.put(RowMerge.DELETED, "true");
        }
        return r;
    }
}
