package org.mediationledger.model;

import java.util.stream.Collectors;

/** An entry of the history in the user's language: what was done to what, and the fields changed. */
public final class HistoryText {
    private HistoryText() {
    }

    /** "修改案件", "查看案件的完整号码", "登录" … (an action or record without a label of its own stays as written). */
    public static String what(Messages m, AuditEntry a) {
        String table = table(m, a);
        return m.has("audit.action." + a.action()) ? m.get("audit.action." + a.action(), table) : a.action() + " " + table;
    }

    /** The kind of record in the user's words ("案件"), or its table's name when it has no label. */
    public static String table(Messages m, AuditEntry a) {
        return m.has("audit.table." + a.tableName()) ? m.get("audit.table." + a.tableName()) : a.tableName();
    }

    /** "纠纷简要情况：旧 → 新；…" */
    public static String changes(Messages m, AuditEntry a) {
        return a.changes().stream()
                .map(c -> c.oldValue().isEmpty() ? m.fieldLabel(c.field()) + m.get("history.colon") + m.relabel(c.newValue())
                        : m.fieldLabel(c.field()) + m.get("history.colon") + m.relabel(c.oldValue()) + " → " + m.relabel(c.newValue()))
                .collect(Collectors.joining(m.get("history.separator")));
    }
}
