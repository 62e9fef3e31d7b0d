package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.cli.Cli;
import org.mediationledger.model.AccessRefused;
import org.mediationledger.model.AccountRole;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.HistoryFilter;

/** The history viewer's search on the demo ledger: by kind, case, person and day; only for those who may see it. */
class HistoryServiceTest {
    @TempDir
    Path dir;

    @Test
    void filtersNarrowTheHistoryAndOnlyTheOfficeMaySeeIt() throws Exception {
        try (Services s = TestData.withDemo(dir)) {
            var all = s.history().search(HistoryFilter.all());
            assertThat(all).hasSizeGreaterThan(100);
            assertThat(all.get(0).at()).isAfterOrEqualTo(all.get(all.size() - 1).at()); // newest first

            var c = s.cases().byShortNumber(TestData.TODAY.getYear() + "-1").orElseThrow();
            s.cases().recordFullView(c.id());
            var ofCase = s.history().search(new HistoryFilter(null, TestData.TODAY.getYear() + "-1", null, null, null, 500));
            Set<UUID> rows = new HashSet<>(s.cases().history(c.id()).stream().map(AuditEntry::rowId).toList());
            assertThat(ofCase).isNotEmpty().allSatisfy(e -> assertThat(rows).contains(e.rowId()));
            assertThat(ofCase).extracting(AuditEntry::action).contains("INSERT", "SHOW_FULL");
            assertThat(s.history().search(new HistoryFilter(null, null, "SHOW_FULL", null, null, 500))).hasSize(1);
            String who = all.get(0).userName();
            assertThat(s.history().search(new HistoryFilter("别人", null, null, null, null, 500))).isEmpty();
            assertThat(s.history().search(new HistoryFilter(who, null, null, TestData.TODAY.plusDays(400), null, 500))).isEmpty();
            assertThat(s.history().people()).contains(who);
            s.history().recordRestore(dir.resolve("backups/ledger-auto-20261125.zip"));
            var restore = s.history().search(new HistoryFilter(null, null, "RESTORE_BACKUP", null, null, 500));
            assertThat(restore).hasSize(1);
            assertThat(restore.get(0).changes().get(0).newValue()).endsWith("ledger-auto-20261125.zip");

            s.accounts().createFirstAdmin("admin", "admin-pass-1".toCharArray());
            s.accounts().add("med", AccountRole.MEDIATOR, null, null, "first-pass-1".toCharArray());
            s.accounts().login("med", "first-pass-1".toCharArray());
            s.accounts().changePassword("first-pass-1".toCharArray(), "own-pass-22".toCharArray());
            assertThatThrownBy(() -> s.history().search(HistoryFilter.all())).isInstanceOf(AccessRefused.class);
        }
        // the command line: JSON with fixed keys, newest first, filtered by kind
        StringWriter out = new StringWriter();
        Cli cli = new Cli(TestData.opener(TestData.CLOCK), new PrintWriter(out), new PrintWriter(new StringWriter()));
        cli.environment(TestData.environment(java.util.Map.of("ML_PASSWORD", "admin-pass-1")));
        assertThat(cli.run("audit", "list", "--action", "LOGIN", "--format", "json", "--user", "admin", "--db", TestData.dbArgument(dir))).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(json.size()).isGreaterThanOrEqualTo(2);
        assertThat(json.get(0).get("action").asText()).isEqualTo("LOGIN");
        assertThat(json.get(0).get("user").asText()).isEqualTo("admin"); // this very login, newest first
        assertThat(json.get(0).has("rowId")).isTrue();

        // a paper written to a file is in the history: what, where, by whom
        Path pdf = dir.resolve("ledger.pdf");
        assertThat(cli.run("print", "ledger", "--from", "2026-10-01", "--to", "2026-11-26", "--out", pdf.toString(), "--user", "admin",
                "--db", TestData.dbArgument(dir))).isZero();
        out.getBuffer().setLength(0);
        assertThat(cli.run("audit", "list", "--action", "EXPORT", "--format", "json", "--user", "admin", "--db", TestData.dbArgument(dir))).isZero();
        var exports = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(exports.size()).isEqualTo(1);
        assertThat(exports.get(0).get("user").asText()).isEqualTo("admin");
        assertThat(exports.get(0).get("changes").asText()).contains("PDF", pdf.toAbsolutePath().toString());
    }
}
