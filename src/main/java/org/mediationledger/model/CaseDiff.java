package org.mediationledger.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields that differ between two versions of a case, as readable text. Used for the audit trail and for
 * showing a user both values when someone else saved first. Personal numbers are masked in the result.
 */
public final class CaseDiff {
    private CaseDiff() {
    }

    /** @param text turns a field value (UUID of reference data, enum, date, number) into words */
    public static List<FieldChange> between(CaseDraft before, CaseDraft after, Function<Object, String> text) {
        List<FieldChange> out = new ArrayList<>();
        CaseDraft b = before == null ? new CaseDraft(null, null, null, null, null, null, null, null, null, null, null, null) : before;
        add(out, "source", b.source(), after.source(), text);
        add(out, "disputeType", b.disputeTypeId(), after.disputeTypeId(), text);
        add(out, "unit", b.unitId(), after.unitId(), text);
        add(out, "grid", b.gridId(), after.gridId(), text);
        add(out, "summary", b.summary(), after.summary(), text);
        add(out, "requests", b.requests(), after.requests(), text);
        add(out, "peopleInvolved", b.peopleInvolved(), after.peopleInvolved(), text);
        add(out, "amountInvolved", b.amountInvolved() == null ? null : b.amountInvolved().stripTrailingZeros().toPlainString(),
                after.amountInvolved() == null ? null : after.amountInvolved().stripTrailingZeros().toPlainString(), text);
        add(out, "riskLevel", b.riskLevel(), after.riskLevel(), text);
        add(out, "receivedDate", b.receivedDate(), after.receivedDate(), text);
        add(out, "mediator", b.mediatorId(), after.mediatorId(), text);
        int n = Math.max(b.parties().size(), after.parties().size());
        for (int i = 0; i < n; i++) {
            Party p = i < b.parties().size() ? b.parties().get(i) : null;
            Party q = i < after.parties().size() ? after.parties().get(i) : null;
            String pre = "parties[" + i + "].";
            add(out, pre + "role", p == null ? null : p.role(), q == null ? null : q.role(), text);
            add(out, pre + "name", p == null ? null : p.name(), q == null ? null : q.name(), text);
            add(out, pre + "gender", p == null ? null : p.gender(), q == null ? null : q.gender(), text);
            add(out, pre + "ethnicity", p == null ? null : p.ethnicity(), q == null ? null : q.ethnicity(), text);
            add(out, pre + "birthDate", p == null ? null : p.birthDate(), q == null ? null : q.birthDate(), text);
            add(out, pre + "age", p == null ? null : p.age(), q == null ? null : q.age(), text);
            add(out, pre + "occupation", p == null ? null : p.occupation(), q == null ? null : q.occupation(), text);
            masked(out, pre + "phone", p == null ? null : p.phone(), q == null ? null : q.phone(), Masking::phone);
            masked(out, pre + "address", p == null ? null : p.address(), q == null ? null : q.address(), Masking::address);
            masked(out, pre + "idNumber", p == null ? null : p.idNumber(), q == null ? null : q.idNumber(), Masking::idNumber);
        }
        return out;
    }

    /**
     * A personal number or address: compared as typed, written masked (the history is no place for it in clear) —
     * a change in the hidden digits still counts as a change.
     */
    private static void masked(List<FieldChange> out, String field, String old, String now, Function<String, String> mask) {
        String o = old == null ? "" : old.strip();
        String n = now == null ? "" : now.strip();
        if (!o.equalsIgnoreCase(n)) {
            out.add(new FieldChange(field, mask.apply(o), mask.apply(n)));
        }
    }

    private static void add(List<FieldChange> out, String field, Object old, Object now, Function<Object, String> text) {
        String o = old == null ? "" : text.apply(old);
        String n = now == null ? "" : text.apply(now);
        if (!Objects.equals(o == null ? "" : o, n == null ? "" : n)) {
            out.add(new FieldChange(field, o, n));
        }
    }
}
