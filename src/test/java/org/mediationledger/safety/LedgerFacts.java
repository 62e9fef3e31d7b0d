package org.mediationledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a closed data file holds, read straight from it (read-only) to check what the program claims. */
final class LedgerFacts {
    /** case id → case number */
    final Map<String, String> numbers = new HashMap<>();
    /** year → sequence numbers */
    final Map<Integer, List<Integer>> seqs = new TreeMap<>();
    final Map<String, Integer> parties = new HashMap<>();
    final Map<String, Integer> inserts = new HashMap<>();
    final Map<String, Long> factRows = new HashMap<>();
    /** The sealed history checked entry by entry, as `audit verify` does. */
    org.mediationledger.model.AuditCheck history;

    /** Checks the file as the `check` command does (every row of every table read back), then reads the facts. */
    static LedgerFacts read(Path file) throws SQLException {
        org.mediationledger.service.BackupService.check(file);
        String base = file.toAbsolutePath().toString().replace(".mv.db", "");
        LedgerFacts f = new LedgerFacts();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;FILE_LOCK=NO", "sa", "");
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select id, case_number, case_year, case_seq from mediation_case")) {
                while (r.next()) {
                    f.numbers.put(r.getString(1), r.getString(2));
                    f.seqs.computeIfAbsent(r.getInt(3), y -> new ArrayList<>()).add(r.getInt(4));
                }
            }
            try (ResultSet r = s.executeQuery("select case_id, count(*) from party group by case_id")) {
                while (r.next()) {
                    f.parties.put(r.getString(1), r.getInt(2));
                }
            }
            try (ResultSet r = s.executeQuery(
                    "select row_id, count(*) from audit_log where table_name = 'mediation_case' and action = 'INSERT' group by row_id")) {
                while (r.next()) {
                    f.inserts.put(r.getString(1), r.getInt(2));
                }
            }
            try (ResultSet r = s.executeQuery("select count(*) from case_fact")) {
                r.next();
                f.factRows.put("case_fact", r.getLong(1));
            }
            f.history = org.mediationledger.store.AuditChain.verify(org.jooq.impl.DSL.using(c, org.jooq.SQLDialect.H2),
                    java.util.Optional.empty());
        }
        return f;
    }

    /**
     * Every case numbered once, without gaps, with its parties, its history entry and its summary row; the history's
     * chain unbroken.
     */
    void assertSound() {
        seqs.forEach((year, list) -> {
            List<Integer> sorted = new ArrayList<>(list);
            sorted.sort(Integer::compare);
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= sorted.size(); i++) {
                expected.add(i);
            }
            assertThat(sorted).as("case numbers of %d: unique and gapless", year).isEqualTo(expected);
        });
        assertThat(numbers.values()).doesNotHaveDuplicates();
        numbers.keySet().forEach(id -> {
            assertThat(parties.getOrDefault(id, 0)).as("parties of case %s", numbers.get(id)).isGreaterThanOrEqualTo(2);
            assertThat(inserts.getOrDefault(id, 0)).as("history of case %s", numbers.get(id)).isEqualTo(1);
        });
        assertThat(factRows.get("case_fact")).as("one summary row per case").isEqualTo((long) numbers.size());
        assertThat(history.finding()).as("the sealed history: %s", history.sentence(org.mediationledger.model.Messages.forLanguage("en")))
                .isEqualTo(org.mediationledger.model.AuditCheck.Finding.WHOLE);
    }

    /** Every case the program confirmed ("SAVED number id") is there under the number it was given. */
    void assertHasAll(Collection<String> savedLines) {
        for (String line : savedLines) {
            String[] p = line.split("\t");
            assertThat(numbers).as("confirmed case %s", p[1]).containsEntry(p[2], p[1]);
        }
    }
}
