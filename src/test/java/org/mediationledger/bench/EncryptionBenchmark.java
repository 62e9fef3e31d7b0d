package org.mediationledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.Gender;
import org.mediationledger.model.IdNumber;
import org.mediationledger.model.Party;
import org.mediationledger.model.PartyRole;
import org.mediationledger.service.Services;

/**
 * What encrypting citizens' numbers costs: the same work on two ledgers in the same run — one without accounts (numbers
 * in clear), one with accounts (numbers sealed) — registering cases, opening one, the list, the exact ID-number search
 * and the dashboard; then the one-time sealing of an existing ledger. Prints medians of several warm runs.
 * Not part of `mvn verify`; run with: mvn test -Dgroups=benchmark -DexcludedGroups= -Dtest=EncryptionBenchmark
 */
@Tag("benchmark")
class EncryptionBenchmark {
    static final int CASES = 2000;

    @Test
    void encryptedBesideClear() throws Exception {
        Path dir = Files.createTempDirectory("ledger-enc-bench");
        try (Services clear = Composition.open(dir.resolve("clear"), TestData.ZH, TestData.CLOCK);
             Services sealed = Composition.open(dir.resolve("sealed"), TestData.ZH, TestData.CLOCK)) {
            clear.demo().load();
            sealed.demo().load();
            sealed.accounts().createFirstAdmin("admin", "admin-pass-1".toCharArray());
            List<UUID> a = new ArrayList<>();
            List<UUID> b = new ArrayList<>();
            pair("register a case (2 parties)", () -> a.add(clear.cases().register(draft(clear, a.size())).id()),
                    () -> b.add(sealed.cases().register(draft(sealed, b.size())).id()), CASES);
            int[] i = {0};
            pair("open a case (decrypt its parties)", () -> clear.cases().get(a.get(i[0]++ % a.size())).orElseThrow(),
                    () -> sealed.cases().get(b.get(i[0]++ % b.size())).orElseThrow(), 2000);
            pair("case list, first page", () -> clear.cases().search(CaseFilter.all(), 50 * (i[0]++ % 5), 50),
                    () -> sealed.cases().search(CaseFilter.all(), 50 * (i[0]++ % 5), 50), 200);
            pair("search a whole ID number", () -> clear.cases().search(byText(id(i[0]++ % CASES)), 0, 50),
                    () -> sealed.cases().search(byText(id(i[0]++ % CASES)), 0, 50), 200);
            pair("dashboard", () -> clear.stats().dashboard(), () -> sealed.stats().dashboard(), 100);
        }
        // the one-time sealing when the first administrator turns accounts on in a ledger that has numbers
        for (int n : new int[] {CASES, 5 * CASES}) {
            try (Services s = Composition.open(dir.resolve("upgrade-" + n), TestData.ZH, TestData.CLOCK)) {
                s.demo().load();
                for (int k = 0; k < n; k++) {
                    s.cases().register(draft(s, k));
                }
                long t0 = System.nanoTime();
                s.accounts().createFirstAdmin("admin", "admin-pass-1".toCharArray());
                System.out.printf("%-36s %,d parties: %.1f s (with the backup first)%n", "turning encryption on,", 2 * n + 24,
                        (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    private static CaseFilter byText(String t) {
        return new CaseFilter(null, null, null, null, null, null, t);
    }

    private static String id(int k) {
        String first17 = "440301" + LocalDate.of(1950, 1, 1).plusDays(k).toString().replace("-", "") + "123";
        return first17 + IdNumber.checkDigit(first17);
    }

    private static CaseDraft draft(Services s, int k) {
        CaseDraft d = TestData.draft(s.reference().load(), "第" + k + "号纠纷", "甲" + k, "乙" + k);
        List<Party> ps = new ArrayList<>();
        ps.add(new Party(null, PartyRole.APPLICANT, "甲" + k, Gender.MALE, "汉族", LocalDate.of(1950, 1, 1).plusDays(k), null, "农民",
                String.valueOf(13800000000L + k), "青山镇东山村" + k + "号", id(k)));
        ps.add(d.parties().get(1));
        return d.withParties(ps);
    }

    /** The two alternately, run by run, so that warming up and the machine's moods fall on both alike. */
    private static void pair(String what, Runnable clear, Runnable sealed, int runs) {
        for (int w = 0; w < Math.min(50, runs); w++) {
            clear.run();
            sealed.run();
        }
        double[] a = new double[runs];
        double[] b = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            clear.run();
            a[r] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            sealed.run();
            b[r] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        line(what, a, b);
    }

    private static void line(String what, double[] clear, double[] sealed) {
        double a = clear[clear.length / 2];
        double b = sealed[sealed.length / 2];
        System.out.printf("%-36s clear median %7.3f ms   encrypted median %7.3f ms   ratio %.2f%n", what, a, b, b / a);
    }
}
