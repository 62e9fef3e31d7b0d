package org.mediationledger.model;

import java.time.LocalDateTime;

/**
 * What checking the sealed history found: whole, or the first entry where the chain breaks and how.
 *
 * @param entries the entries read
 * @param at      the entry named (its number in the history, time, table, action, user); null when whole
 */
public record AuditCheck(long entries, Finding finding, Entry at) {

    /** How the chain broke, first place only. */
    public enum Finding {
        /** Every entry matches its seal and follows the one before it. */
        WHOLE,
        /** The entry's content is not what was sealed: changed afterwards. */
        CHANGED,
        /** The entry does not follow the one before it, and the next one does: slipped in afterwards. */
        INSERTED,
        /** The entry does not follow the one before it: one or more entries before it were deleted. */
        DELETED,
        /** The chain ends before its recorded head: the newest entries were deleted. */
        NEWEST_DELETED,
        /** The chain does not agree with the head kept outside the file: the history was rewritten as a whole. */
        REWRITTEN
    }

    /** An entry of the history as the check names it. */
    public record Entry(long seq, LocalDateTime at, String tableName, String action, String userName) {
    }

    public boolean whole() {
        return finding == Finding.WHOLE;
    }

    /** The finding as one sentence in the user's language, naming the entry (its number, time, who, what). */
    public String sentence(Messages m) {
        return m.get("audit.check." + finding.name(), String.valueOf(entries), at == null ? m.get("audit.check.empty") : entry(m, at));
    }

    private static String entry(Messages m, Entry e) {
        String table = m.has("audit.table." + e.tableName()) ? m.get("audit.table." + e.tableName()) : e.tableName();
        String what = m.has("audit.action." + e.action()) ? m.get("audit.action." + e.action(), table) : e.action() + " " + table;
        return m.get("audit.entry", String.valueOf(e.seq()), e.at().withNano(0).toString().replace('T', ' '), e.userName(), what);
    }
}
