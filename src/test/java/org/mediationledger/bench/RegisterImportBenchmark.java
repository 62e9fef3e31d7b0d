package org.mediationledger.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.service.RegisterImport;
import org.mediationledger.service.RegisterImport.Kind;
import org.mediationledger.service.RegisterImport.Outcome;
import org.mediationledger.service.Services;
import org.mediationledger.service.Sheets;

/**
 * Issue 19's figures: a case register of 10,000 rows (.xlsx: numbers, parties, types, villages, results with their
 * days and amounts) previewed and imported into a fresh copy of the demo township each run, then previewed again
 * (every row already present). Beside them, in the same run: reading the workbook alone, and registering the same
 * 10,000 cases through the services in one transaction (no path steps). Medians of several runs.
 * Not part of `mvn verify`: mvn test -Dgroups=benchmark -DexcludedGroups= -Dtest=RegisterImportBenchmark
 */
@Tag("benchmark")
class RegisterImportBenchmark {
    static final int ROWS = Integer.getInteger("bench.rows", 10_000);
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final String[] UNITS = {"东山村", "西河村", "南岭村", "北坪村", "石桥村", "柳林村", "新田村", "镇中社区"};
    private static final String[] TYPES = {"邻里纠纷", "婚姻家庭", "房屋宅基地", "合同", "损害赔偿"};
    private static final String[] RESULTS = {"调解成功", "调解成功", "调解成功", "不成功", ""};

    @Test
    void tenThousandRows() throws Exception {
        Path dir = Files.createTempDirectory("ledger-import-bench");
        Path ledger = dir.resolve("demo");
        try (Services s = Composition.open(ledger.resolve("ledger"), TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
            TestData.unitsSince(s, LocalDate.of(2020, 1, 1));
        }
        Path original = dir.resolve("original");
        org.mediationledger.Folders.copy(ledger, original);
        Path book = dir.resolve("register.xlsx");
        write(book);
        double[] read = new double[RUNS];
        double[] preview = new double[RUNS];
        double[] imported = new double[RUNS];
        double[] again = new double[RUNS];
        double[] register = new double[RUNS];
        long news = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            int rows = Sheets.read(book).size();
            read[i] = ms(t0);
            org.mediationledger.Folders.restore(original, ledger);
            try (Services s = Composition.open(ledger.resolve("ledger"), TestData.ZH, TestData.CLOCK)) {
                RegisterImport imp = s.registerImport();
                t0 = System.nanoTime();
                RegisterImport.Plan plan = imp.plan(book, Kind.CASES);
                preview[i] = ms(t0);
                news = plan.count(Outcome.NEW);
                if (plan.count(Outcome.ERROR) > 0 || rows != ROWS + 1) {
                    throw new AssertionError(plan.lines().stream().filter(l -> l.outcome() == Outcome.ERROR).limit(3).toList());
                }
                t0 = System.nanoTime();
                imp.apply(plan);
                imported[i] = ms(t0);
                t0 = System.nanoTime();
                RegisterImport.Plan second = imp.plan(book, Kind.CASES);
                again[i] = ms(t0);
                if (second.count(Outcome.PRESENT) != ROWS) {
                    throw new AssertionError("present: " + second.count(Outcome.PRESENT));
                }
            }
            // the baseline: the same cases registered through the services in one transaction, on a fresh copy
            org.mediationledger.Folders.restore(original, ledger);
            try (Services s = Composition.open(ledger.resolve("ledger"), TestData.ZH, TestData.CLOCK)) {
                List<CaseDraft> drafts = new ArrayList<>();
                var ref = s.reference().load();
                for (int r = 0; r < ROWS; r++) {
                    drafts.add(TestData.draft(ref, "第" + r + "件纠纷", "甲" + r, "乙" + r));
                }
                t0 = System.nanoTime();
                s.transactions().inOne(() -> {
                    drafts.forEach(d -> s.cases().register(d));
                    return null;
                });
                register[i] = ms(t0);
            }
        }
        System.out.printf("case register of %,d rows (%,d bytes .xlsx), %d runs, median ms (min–max):%n", ROWS, Files.size(book), RUNS);
        line("preview (read, check every row, look up present ones)", preview);
        line("import of the %,d new rows (cases, results, agreements)".formatted(news), imported);
        line("preview again (every row already present)", again);
        line("baseline: reading the workbook alone (POI)", read);
        line("baseline: registering %,d cases through the services".formatted(ROWS), register);
    }

    private static void line(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("  %-62s %8.0f  (%.0f–%.0f)%n", what, s[s.length / 2], s[0], s[s.length - 1]);
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void write(Path book) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sh = wb.createSheet("登记表");
            String[] head = {"案号", "受理日期", "村（居）", "纠纷类型", "简要案情", "申请人", "被申请人", "涉及金额（元）", "调解结果", "调结日期", "协议金额"};
            var h = sh.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            LocalDate start = LocalDate.of(2025, 1, 1);
            for (int r = 1; r <= ROWS; r++) {
                LocalDate received = start.plusDays(r % 300);
                String result = RESULTS[r % RESULTS.length];
                String[] cells = {"（2025）青山镇人调字第" + String.format("%05d", r) + "号", received.toString(), UNITS[r % UNITS.length],
                    TYPES[r % TYPES.length], "第" + r + "件纠纷的简要情况", "申请人" + r, "被申请人" + r + "、另一人" + r,
                    String.valueOf(100 + r % 5000), result, result.isEmpty() ? "" : received.plusDays(10).toString(),
                    result.equals("调解成功") ? String.valueOf(50 + r % 3000) : ""};
                var row = sh.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            try (OutputStream os = Files.newOutputStream(book)) {
                wb.write(os);
            }
            wb.dispose();
        }
    }
}
