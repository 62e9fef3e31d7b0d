package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.CaseStatus;
import org.mediationledger.model.Figures;
import org.mediationledger.model.LedgerRow;
import org.mediationledger.model.Measure;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Party;
import org.mediationledger.model.Period;
import org.mediationledger.model.ValidationException;
import org.mediationledger.service.RegisterImport.Kind;
import org.mediationledger.service.RegisterImport.Outcome;

/**
 * Issue 19: an office's own workbooks — a title row, a merged two-row header, columns in their own order under their
 * own names, every date form, a formula, an empty row, bad rows, a GBK CSV — read into the demo township's ledger.
 */
class RegisterImportTest {
    @TempDir
    Path dir;
    Services s;

    @BeforeEach
    void open() {
        s = TestData.withDemo(dir);
        TestData.unitsSince(s, LocalDate.of(2020, 1, 1)); // the villages existed when last year's cases came in
    }

    @AfterEach
    void close() {
        s.close();
    }

    /** A valid ID number (its check digit computed) and one with a wrong check digit. */
    private static final String GOOD_ID = "430221198003051234".substring(0, 17)
            + org.mediationledger.model.IdNumber.checkDigit("43022119800305123");
    private static final String BAD_ID = GOOD_ID.substring(0, 17) + (GOOD_ID.charAt(17) == '1' ? '2' : '1');

    /** 2025 案件登记: a title, a two-row header with 申请人 over 姓名 and 身份证号, columns shuffled, and these rows. */
    private Path caseRegister() throws Exception {
        Path f = dir.resolve("2025年案件登记.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet("登记表");
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row(sh, 0, "青山镇人民调解委员会2025年案件登记表");
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 13));
            String[] top = {"序号", "纠纷类别", "案号", "受理\n日期", "所属村（居）", "申请人", "", "被申请人", "简要案情", "涉及金额（元）",
                "调解结果", "结案日期", "协议金额", "经办人备注"};
            String[] below = {"", "", "", "", "", "姓名", "身份证号", "姓名", "", "", "", "", "", ""};
            row(sh, 1, top);
            row(sh, 2, below);
            sh.addMergedRegion(new CellRangeAddress(1, 1, 5, 6)); // 申请人 over 姓名 and 身份证号
            for (int c : new int[] {0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13}) {
                sh.addMergedRegion(new CellRangeAddress(1, 2, c, c)); // one-row titles over both header rows
            }
            // row 4: a success with its agreement; the received day an Excel date, the concluded day as 2025.3.20
            XSSFRow r = row(sh, 3, "1", "邻里纠纷", "（2025）青山镇人调字第001号", "", "东山村", "张大山", GOOD_ID, "李四、王五",
                    "排水沟堵塞引发争执", "1200", "调解成功", "2025.3.20", "1000", "");
            r.getCell(3).setCellValue(java.sql.Date.valueOf(LocalDate.of(2025, 3, 5)));
            r.getCell(3).setCellStyle(date);
            // row 5: no number (the next of the series), 2025年4月6日, failed, concluded on an Excel serial day kept as text
            row(sh, 4, "2", "婚姻家庭", "", "2025年4月6日", "西河村", "赵六", "", "钱七", "婚后财产分割", "", "不成功",
                    String.valueOf((int) org.apache.poi.ss.usermodel.DateUtil.getExcelDate(LocalDate.of(2025, 4, 28))), "", "");
            // row 6: empty
            row(sh, 5);
            // row 7: the check digit of the applicant's ID number is wrong
            row(sh, 6, "3", "邻里", "（2025）青山镇人调字第003号", "2025-05-06", "东山村", "孙八", BAD_ID, "周九", "宅基地边界", "",
                    "", "", "", "");
            // row 8: the amount a formula (=600+400), the date 2025/5/8, still open
            XSSFRow f8 = row(sh, 7, "4", "合同", "（2025）青山镇人调字第004号", "2025/5/8", "南岭村", "吴十", "", "郑一", "货款拖欠",
                    "", "", "", "", "电话联系");
            f8.getCell(9).setCellFormula("600+400");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            // row 9: no such date
            row(sh, 8, "5", "邻里", "（2025）青山镇人调字第005号", "2025-13-40", "东山村", "冯二", "", "陈三", "噪音", "", "", "", "", "");
            // row 10: a dispute type and a village this ledger does not have
            row(sh, 9, "6", "外星纠纷", "（2025）青山镇人调字第006号", "2025-06-01", "月亮村", "褚四", "", "卫五", "不明", "", "", "", "", "");
            // row 11: the number of row 4 again
            row(sh, 10, "7", "邻里", "（2025）青山镇人调字第001号", "2025-06-02", "东山村", "蒋六", "", "沈七", "又一件", "", "", "", "", "");
            try (OutputStream os = Files.newOutputStream(f)) {
                wb.write(os);
            }
        }
        return f;
    }

    private static XSSFRow row(XSSFSheet sh, int index, String... cells) {
        XSSFRow r = sh.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            r.createCell(c).setCellValue(cells[c]);
        }
        return r;
    }

    @Test
    void aCaseRegisterWithItsOwnLayoutIsPreviewedExactlyImportedOnceAndCountsAsTheSheetDoes() throws Exception {
        Path f = caseRegister();
        RegisterImport imp = s.registerImport();
        int before = s.cases().countAll();
        RegisterImport.Plan plan = imp.plan(f, Kind.CASES);

        assertThat(plan.columns()).containsEntry("applicantId", "申请人/身份证号").containsEntry("respondent", "被申请人/姓名")
                .containsEntry("receivedDate", "受理\n日期").containsKeys("caseNumber", "unit", "disputeType", "summary", "result",
                        "concludedDate", "agreementAmount", "amountInvolved");
        assertThat(plan.unknownColumns()).containsExactly("序号", "经办人备注");
        assertThat(plan.lines()).extracting(RegisterImport.Line::row).containsExactly(4, 5, 7, 8, 9, 10, 11);
        assertThat(plan.lines()).as(plan.lines().toString()).extracting(RegisterImport.Line::outcome).containsExactly(Outcome.NEW, Outcome.NEW, Outcome.ERROR,
                Outcome.NEW, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR);
        assertThat(plan.count(Outcome.NEW)).isEqualTo(3);
        assertThat(plan.count(Outcome.ERROR)).isEqualTo(4);
        assertThat(problems(plan, 7)).anySatisfy(p -> assertThat(p).contains("身份证号", "校验"));
        assertThat(problems(plan, 9)).anySatisfy(p -> assertThat(p).contains("2025-13-40"));
        assertThat(problems(plan, 10)).anySatisfy(p -> assertThat(p).contains("外星纠纷")).anySatisfy(p -> assertThat(p).contains("月亮村"));
        assertThat(problems(plan, 11)).anySatisfy(p -> assertThat(p).contains("第 4 行"));
        assertThat(plan.unknownNames()).containsEntry("disputeType", java.util.Set.of("外星纠纷")).containsEntry("unit", java.util.Set.of("月亮村"));
        assertThat(s.cases().countAll()).as("a plan saves nothing").isEqualTo(before);

        RegisterImport.Result done = imp.apply(plan);
        assertThat(done.cases()).isEqualTo(3);
        assertThat(s.cases().countAll()).isEqualTo(before + 3);

        MediationCase first = s.cases().byNumber("（2025）青山镇人调字第001号").orElseThrow();
        assertThat(first.draft().receivedDate()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(first.draft().parties()).extracting(Party::name).containsExactly("张大山", "李四", "王五");
        assertThat(first.draft().parties().get(0).idNumber()).isEqualTo(GOOD_ID);
        assertThat(s.path().path(first.id()).agreement().amount()).isEqualByComparingTo("1000");
        assertThat(s.path().path(first.id()).agreement().reachedDate()).isEqualTo(LocalDate.of(2025, 3, 20));
        // the case without a number takes the next of the series after the highest imported (001 and 004 are taken)
        var all = s.cases().search(new CaseFilter(null, null, null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null), 0, 50);
        assertThat(all.rows()).extracting(c -> c.caseNumber()).containsExactlyInAnyOrder("（2025）青山镇人调字第001号",
                "（2025）青山镇人调字第004号", "（2025）青山镇人调字第005号");
        MediationCase failed = s.cases().byNumber("（2025）青山镇人调字第005号").orElseThrow();
        assertThat(failed.draft().receivedDate()).isEqualTo(LocalDate.of(2025, 4, 6));
        assertThat(s.path().path(failed.id()).termination().date()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(s.cases().byNumber("（2025）青山镇人调字第004号").orElseThrow().draft().amountInvolved()).isEqualByComparingTo("1000");
        // saved in batches, yet with what a clerk's form and path steps would have saved: the status the path leads to,
        // the level of the attempt, one history entry with the registration and then the result's steps, the chain whole
        assertThat(first.status()).isEqualTo(org.mediationledger.model.CaseStatus.AGREEMENT_REACHED);
        assertThat(s.path().path(first.id()).currentLevel()).isNotNull();
        assertThat(s.path().path(first.id()).attempts()).hasSize(1);
        assertThat(failed.status()).isEqualTo(org.mediationledger.model.CaseStatus.FAILED);
        var trail = s.cases().history(first.id());
        assertThat(trail).extracting(e -> e.action()).containsExactly("INSERT");
        assertThat(trail.get(0).changes()).extracting(c -> c.field()).contains("caseNumber", "unit", "disputeType")
                .endsWith("attempt", "agreement", "status");
        assertThat(trail.get(0).changes()).anySatisfy(c -> assertThat(c.newValue()).isEqualTo(first.draft().unitId() == null ? ""
                : s.reference().load().units().stream().filter(u -> u.id().equals(first.draft().unitId())).findFirst().orElseThrow().name()));
        assertThat(s.cases().history(failed.id()).get(0).changes()).extracting(c -> c.field()).endsWith("attempt", "termination", "status");
        assertThat(s.backups().verifyHistory().whole()).isTrue();

        // the figures count the sheet's rows as the sheet does: 3 accepted, 1 success, 1 failure, 1 still open
        Figures y = s.stats().figures(Period.year(2025), null, null);
        assertThat(y.count(Measure.ACCEPTED)).isEqualTo(3);
        assertThat(y.count(Measure.SUCCESS)).isEqualTo(1);
        assertThat(y.count(Measure.CONCLUDED)).isEqualTo(2);
        assertThat(y.count(Measure.OPEN)).isEqualTo(1);
        assertThat(y.agreementAmount()).isEqualByComparingTo("1000");
        assertThat(s.stats().recount(Period.year(2025), null).counts()).isEqualTo(y.counts());

        // the same file again: the three are recognised, nothing is added
        RegisterImport.Plan again = imp.plan(f, Kind.CASES);
        assertThat(again.count(Outcome.PRESENT)).isEqualTo(3);
        assertThat(again.count(Outcome.NEW)).isZero();
        assertThat(again.hasWork()).isFalse();
        imp.apply(again);
        assertThat(s.cases().countAll()).isEqualTo(before + 3);
        // and a new case this year still takes the series' next number
        assertThat(s.cases().register(TestData.draft(s.reference().load(), "导入之后登记的纠纷", "甲", "乙")).caseNumber())
                .isEqualTo("（2026）青山镇人调字第013号");
    }

    private static List<String> problems(RegisterImport.Plan plan, int row) {
        return plan.lines().stream().filter(l -> l.row() == row).flatMap(l -> l.problems().stream())
                .map(p -> TestData.ZH.fieldLabel(p.field()) + "：" + TestData.ZH.problem(p)).toList();
    }

    @Test
    void theNewRowsAreSavedInOneTransactionAllOrNone() throws Exception {
        Path f = caseRegister();
        RegisterImport imp = s.registerImport();
        RegisterImport.Plan first = imp.plan(f, Kind.CASES);
        RegisterImport.Plan stale = imp.plan(f, Kind.CASES); // made before the first is saved: it will find its numbers taken
        imp.apply(first);
        int after = s.cases().countAll();
        int history = s.history().search(new org.mediationledger.model.HistoryFilter(null, null, null, null, null, 1_000_000)).size();
        assertThatThrownBy(() -> imp.apply(stale)).isInstanceOf(RuntimeException.class);
        assertThat(s.cases().countAll()).as("not even the rows before the one that failed").isEqualTo(after);
        assertThat(s.history().search(new org.mediationledger.model.HistoryFilter(null, null, null, null, null, 1_000_000)).size()).isEqualTo(history);
    }

    @Test
    void anImportStoppedHalfwaySavesNothingAndToldItsProgressOnTheWay() throws Exception {
        RegisterImport imp = s.registerImport();
        RegisterImport.Plan plan = imp.plan(caseRegister(), Kind.CASES);
        int before = s.cases().countAll();
        java.util.List<String> told = new java.util.ArrayList<>();
        assertThatThrownBy(() -> imp.apply(plan, (done, total) -> {
            told.add(done + "/" + total);
            return done < 2;
        })).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(told).containsExactly("0/3", "1/3", "2/3");
        assertThat(s.cases().countAll()).as("the two saved before the stop are undone").isEqualTo(before);
        assertThat(s.cases().byNumber("（2025）青山镇人调字第001号")).isEmpty();
        // and the same plan, let run, saves all three
        told.clear();
        imp.apply(plan, (done, total) -> told.add(done + "/" + total));
        assertThat(told).endsWith("3/3");
        assertThat(s.cases().countAll()).isEqualTo(before + 3);
    }

    @Test
    void aGbkCsvLedgerWithATitleRowItsOwnNamesAndAZeroReportBecomesRoundsAndFindings() throws Exception {
        Path f = dir.resolve("排查台账.csv");
        String csv = String.join("\r\n",
                "青山镇2025年5月矛盾纠纷排查化解台账,,,,,,",
                "排查时间,当事人,村（居）,纠纷类别,矛盾纠纷简要情况,化解情况,人数",
                "2025.5.6,刘一、陈二,东山村,邻里纠纷,因修路占地发生口角,已化解,2",
                "2025.5.6,杨三,东山村,婚姻家庭,夫妻争吵,稳控中,2",
                ",,,,,,",
                "2025年5月7日,,西河村,,,,",
                "2025-05-08,黄四,火星村,邻里,不明,稳控中,2",
                "2025-05-09,何五,南岭村,邻里,宅基地,也许吧,3");
        Files.write(f, csv.getBytes(Charset.forName("GBK")));
        RegisterImport imp = s.registerImport();
        RegisterImport.Plan plan = imp.plan(f, Kind.LEDGER);
        assertThat(plan.lines()).extracting(RegisterImport.Line::outcome).containsExactly(Outcome.NEW, Outcome.NEW, Outcome.NEW,
                Outcome.ERROR, Outcome.ERROR);
        assertThat(plan.unknownNames()).containsEntry("unit", java.util.Set.of("火星村"));
        assertThat(problems(plan, 8)).anySatisfy(p -> assertThat(p).contains("也许吧"));
        RegisterImport.Result done = imp.apply(plan);
        assertThat(done.rounds()).isEqualTo(2); // 东山村 on 5-6 with two findings; 西河村's zero report on 5-7
        assertThat(done.findings()).isEqualTo(2);
        List<LedgerRow> rows = s.screening().ledger(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), null);
        assertThat(rows).hasSize(3);
        assertThat(rows).filteredOn(r -> r.findingId() != null).extracting(LedgerRow::result).containsExactlyInAnyOrder("已化解", "稳控中");
        Figures may = s.stats().figures(Period.custom(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)), null, null);
        assertThat(may.screening().found()).isEqualTo(2);
        assertThat(may.screening().zeroReports()).isEqualTo(1);

        assertThat(imp.plan(f, Kind.LEDGER).count(Outcome.PRESENT)).isEqualTo(3);
    }

    @Test
    void theLedgerTheProgramExportsReadsBackAsTheSameRows() throws Exception {
        LocalDate from = s.stats().today().minusWeeks(12);
        LocalDate to = s.stats().today();
        List<LedgerRow> exported = s.screening().ledger(from, to, null);
        assertThat(exported).isNotEmpty();
        Path csv = dir.resolve("export.csv");
        LedgerExport.writeCsv(exported, csv, TestData.ZH);

        // into the ledger it came from: every row is already there
        RegisterImport.Plan own = s.registerImport().plan(csv, Kind.LEDGER);
        assertThat(own.count(Outcome.ERROR)).as(own.lines().toString()).isZero();
        assertThat(own.count(Outcome.PRESENT)).isEqualTo(exported.size());

        // into an empty ledger with the same villages, grids and types: the same rows come out again
        try (Services empty = emptyLike(s, "empty")) {
            RegisterImport.Plan plan = empty.registerImport().plan(csv, Kind.LEDGER);
            assertThat(plan.count(Outcome.ERROR)).as(plan.lines().toString()).isZero();
            empty.registerImport().apply(plan);
            List<LedgerRow> back = empty.screening().ledger(from, to, null);
            // the leader matters (包案领导, 责任人, 时限) are not part of a screening import; a finding that became a case is
            // imported as being resolved (its case is not in the ledger)
            assertThat(back.stream().map(RegisterImportTest::comparable).sorted().toList())
                    .isEqualTo(exported.stream().map(RegisterImportTest::comparable).sorted().toList());
        }
    }

    /** A new ledger with the same township, villages, grids and dispute types as the demo (and none of its records). */
    private Services emptyLike(Services from, String name) {
        Services empty = org.mediationledger.app.Composition.open(dir.resolve(name), TestData.ZH, TestData.CLOCK, true);
        empty.settings().setTownship(from.settings().township());
        empty.reference().ensureDefaultTypes();
        for (var u : from.reference().load().units()) {
            var nu = empty.reference().saveUnit(new org.mediationledger.model.Unit(null, u.name(), u.kind(), u.sortOrder(), 0,
                    LocalDate.of(2020, 1, 1), null));
            for (var g : from.reference().load().grids()) {
                if (g.unitId().equals(u.id())) {
                    empty.reference().saveGrid(new org.mediationledger.model.MicroGrid(null, nu.id(), g.name(), g.sortOrder(), 0));
                }
            }
        }
        return empty;
    }

    @Test
    void theCaseRegisterTheProgramExportsImportsIntoAnEmptyLedgerAsTheSameRegister() throws Exception {
        s.registerImport().apply(s.registerImport().plan(caseRegister(), Kind.CASES));
        Path first = dir.resolve("cases-export.xlsx");
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        int exported = s.registerImport().exportCases(from, to, first, TestData.ZH);
        assertThat(exported).isEqualTo(s.cases().countAll());
        // into the ledger it came from: every case is already there
        assertThat(s.registerImport().plan(first, Kind.CASES).count(Outcome.PRESENT)).isEqualTo(exported);
        try (Services empty = emptyLike(s, "empty-cases")) {
            RegisterImport.Plan plan = empty.registerImport().plan(first, Kind.CASES);
            // the demo's mediators are not in the empty ledger: the column is left out for the comparison below
            Path again = dir.resolve("cases-again.xlsx");
            if (plan.count(Outcome.ERROR) > 0) {
                assertThat(plan.unknownNames().keySet()).as(plan.lines().toString()).containsOnly("mediator");
                for (var st : s.reference().load().staff()) {
                    empty.reference().saveStaff(new org.mediationledger.model.Staff(null, st.name(), st.role(), null, null, 0));
                }
                plan = empty.registerImport().plan(first, Kind.CASES);
            }
            assertThat(plan.count(Outcome.ERROR)).as(plan.lines().toString()).isZero();
            empty.registerImport().apply(plan);
            assertThat(empty.registerImport().exportCases(from, to, again, TestData.ZH)).isEqualTo(exported);
            assertThat(sorted(Sheets.read(again))).isEqualTo(sorted(Sheets.read(first)));
            Figures there = empty.stats().figures(Period.custom(from, to), null, null);
            Figures here = s.stats().figures(Period.custom(from, to), null, null);
            for (Measure m : new Measure[] {Measure.ACCEPTED, Measure.CONCLUDED, Measure.SUCCESS, Measure.OPEN}) {
                assertThat(there.count(m)).as(m.name()).isEqualTo(here.count(m));
            }
            assertThat(there.agreementAmount()).isEqualByComparingTo(here.agreementAmount());
        }
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        return rows.stream().sorted(java.util.Comparator.comparing(r -> String.join("|", r))).toList();
    }

    private static String comparable(LedgerRow r) {
        String result = r.result().equals("已转案件") ? "化解中" : r.result();
        return String.join("|", r.date().toString(), r.unit(), r.grid(), r.disputeType(), r.parties().replaceAll("\\s*\\d{3}\\*+\\d+", ""),
                r.summary(), String.valueOf(r.peopleInvolved()), r.amountInvolved() == null ? "" : r.amountInvolved().stripTrailingZeros().toPlainString(),
                String.valueOf(r.riskLevel()), r.measures(), r.findingId() == null ? "" : result);
    }

    @Test
    void aNameTheLedgerLacksIsReadAsOneOfItsOwnAndRemembered() throws Exception {
        RegisterImport imp = s.registerImport();
        Path f = caseRegister();
        Map<String, Map<String, String>> names = Map.of("unit", Map.of("月亮村", "东山村"), "disputeType", Map.of("外星纠纷", "邻里"));
        RegisterImport.Plan plan = imp.plan(f, Kind.CASES, Map.of(), names);
        assertThat(plan.lines().stream().filter(l -> l.row() == 10).findFirst().orElseThrow().outcome()).isEqualTo(Outcome.NEW);
        assertThat(plan.unknownNames()).isEmpty();
        assertThat(plan.choices().get("unit")).contains("东山村", "西河村");
        // a name read as one the ledger does not have either: one sentence, nothing remembered
        assertThatThrownBy(() -> imp.rememberNames(Map.of("unit", Map.of("月亮村", "太阳村"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(TestData.ZH.problem(e.problems().get(0))).contains("太阳村"));
        imp.rememberNames(names);
        RegisterImport.Plan next = imp.plan(f, Kind.CASES);
        assertThat(next.count(Outcome.NEW)).isEqualTo(4);
        imp.apply(next);
        MediationCase moon = s.cases().byNumber("（2025）青山镇人调字第006号").orElseThrow();
        assertThat(s.reference().load().unit(moon.draft().unitId()).orElseThrow().name()).isEqualTo("东山村");
    }

    @Test
    void aFindingThatBecameACaseIsLinkedToItByItsNumberAndCountsAsHandled() throws Exception {
        RegisterImport imp = s.registerImport();
        imp.apply(imp.plan(caseRegister(), Kind.CASES)); // the register first: its cases carry the numbers the ledger names
        UUID theCase = s.cases().byNumber("（2025）青山镇人调字第001号").orElseThrow().id();
        Path f = dir.resolve("转案.csv");
        Files.writeString(f, String.join("\n", "排查日期,村（居）,当事人,纠纷类型,纠纷简要情况,化解结果,转案案号",
                "2025-03-04,东山村,张大山、李四,邻里,排水沟堵塞,已转案件,（2025）青山镇人调字第001号",
                "2025-03-04,东山村,钱五,邻里,鸡鸭踩踏,转为案件,",
                "2025-03-04,东山村,孙六,邻里,院墙,已转案件,（2025）青山镇人调字第999号"));
        RegisterImport.Plan plan = imp.plan(f, Kind.LEDGER);
        assertThat(plan.lines()).extracting(RegisterImport.Line::outcome).containsExactly(Outcome.NEW, Outcome.NEW, Outcome.ERROR);
        assertThat(problems(plan, 3)).singleElement().satisfies(p -> assertThat(p).contains("化解中", "转案案号"));
        assertThat(problems(plan, 4)).anySatisfy(p -> assertThat(p).contains("999"));
        imp.apply(plan);
        List<LedgerRow> rows = s.screening().ledger(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 4), null);
        assertThat(rows).filteredOn(r -> r.findingId() != null).extracting(LedgerRow::result)
                .containsExactlyInAnyOrder("已转案件", "化解中");
        assertThat(s.screening().findingOfCase(theCase)).get().extracting(x -> x.summary()).isEqualTo("排水沟堵塞");
        Figures march = s.stats().figures(Period.custom(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 4)), null, null);
        assertThat(march.screening().found()).isEqualTo(2);
        assertThat(march.screening().handled()).as("the one linked to its case is handled, as the workbook counts it").isEqualTo(1);
    }

    @Test
    void aVillageAndATypeTheLedgerLacksCanBeAddedAndTheRowsThenLand() throws Exception {
        RegisterImport imp = s.registerImport();
        Path f = caseRegister();
        RegisterImport.Plan plan = imp.plan(f, Kind.CASES);
        // only what this file lacks may be added from here
        assertThatThrownBy(() -> imp.createNames(plan, Map.of("unit", java.util.Set.of("太阳村"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(TestData.ZH.problem(e.problems().get(0))).contains("太阳村"));
        assertThatThrownBy(() -> imp.createNames(plan, Map.of("mediator", java.util.Set.of("月亮村")))).isInstanceOf(ValidationException.class);
        assertThat(s.reference().load().units()).noneMatch(u -> u.name().equals("太阳村"));

        imp.createNames(plan, Map.of("unit", java.util.Set.of("月亮村"), "disputeType", java.util.Set.of("外星纠纷")));
        var ref = s.reference().load();
        var moon = ref.units().stream().filter(u -> u.name().equals("月亮村")).findFirst().orElseThrow();
        assertThat(moon.establishedOn()).as("set up on the first day the file has for it, so its rows fall in its life")
                .isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(ref.activeTypes()).anyMatch(t -> t.name().equals("外星纠纷"));
        RegisterImport.Plan again = imp.plan(f, Kind.CASES);
        assertThat(again.unknownNames()).isEmpty();
        assertThat(again.lines().stream().filter(l -> l.row() == 10).findFirst().orElseThrow().outcome()).isEqualTo(Outcome.NEW);
        imp.apply(again);
        assertThat(s.cases().byNumber("（2025）青山镇人调字第006号").orElseThrow().draft().unitId()).isEqualTo(moon.id());
    }

    @Test
    void aGridTheLedgerLacksIsReadAsOneOfTheVillagesGrids() throws Exception {
        Path f = dir.resolve("网格.csv");
        Files.writeString(f, String.join("\r\n", "受理日期,村（居）,网格,纠纷类型,简要案情,申请人,被申请人",
                "2025-09-01,东山村,东山一组,邻里,院墙滴水,周甲,吴乙", "2025-09-02,东山村,第2网格,邻里,鸡鸭踩踏菜地,郑丙,王丁"));
        RegisterImport imp = s.registerImport();
        RegisterImport.Plan plan = imp.plan(f, Kind.CASES);
        assertThat(plan.unknownNames()).containsEntry("grid", java.util.Set.of("东山一组"));
        assertThat(plan.count(Outcome.NEW)).as("第2网格 is 东山村第2网格").isEqualTo(1);
        assertThat(plan.choices().get("grid")).contains("东山村第1网格", "西河村第1网格");
        assertThatThrownBy(() -> imp.rememberNames(Map.of("grid", Map.of("东山一组", "东山村第9网格"))))
                .isInstanceOf(ValidationException.class);
        RegisterImport.Plan mapped = imp.plan(f, Kind.CASES, Map.of(), Map.of("grid", Map.of("东山一组", "东山村第1网格")));
        assertThat(mapped.unknownNames()).isEmpty();
        assertThat(mapped.count(Outcome.NEW)).isEqualTo(2);
        imp.apply(mapped);
        var ref = s.reference().load();
        var one = s.cases().search(new CaseFilter(null, null, null, null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 1), null), 0, 5)
                .rows().get(0);
        UUID gridId = s.cases().get(one.id()).orElseThrow().draft().gridId();
        assertThat(ref.grid(gridId).orElseThrow().name()).isEqualTo("东山村第1网格");
    }

    @Test
    void anOldXlsWorkbookAsWpsSavesItReadsTheSame() throws Exception {
        Path f = dir.resolve("登记.xls");
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            var sh = wb.createSheet("Sheet1");
            String[][] rows = {{"受理日期", "村（居）", "纠纷类型", "简要案情", "申请人", "被申请人", "调解结果"},
                {"2025-08-01", "东山村", "邻里", "院墙滴水", "周甲", "吴乙", "调解成功"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sh.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (OutputStream os = Files.newOutputStream(f)) {
                wb.write(os);
            }
        }
        RegisterImport.Plan plan = s.registerImport().plan(f, Kind.CASES);
        assertThat(plan.count(Outcome.NEW)).as(plan.lines().toString()).isEqualTo(1);
        s.registerImport().apply(plan);
        assertThat(s.stats().figures(Period.custom(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31)), null, null)
                .count(Measure.SUCCESS)).isEqualTo(1);
    }

    @Test
    void aColumnMappedByHandIsRememberedForTheNextFile() throws Exception {
        Path f = dir.resolve("cases.csv");
        Files.writeString(f, "受理日期,纠纷发生地,纠纷类型,简要案情,申请人,被申请人\n2025-07-01,东山村,邻里,邻里争吵,甲某,乙某\n");
        RegisterImport imp = s.registerImport();
        RegisterImport.Plan plain = imp.plan(f, Kind.CASES);
        assertThat(plain.unknownColumns()).containsExactly("纠纷发生地");
        assertThatThrownBy(() -> imp.plan(f, Kind.CASES, Map.of("纠纷发生地", "village")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(TestData.ZH.problem(e.problems().get(0))).contains("unit"));
        imp.rememberMapping(Kind.CASES, Map.of("纠纷发生地", "unit"));
        RegisterImport.Plan mapped = imp.plan(f, Kind.CASES);
        assertThat(mapped.columns()).containsEntry("unit", "纠纷发生地");
        assertThat(mapped.unknownColumns()).isEmpty();
        assertThat(mapped.count(Outcome.NEW)).as(mapped.lines().toString()).isEqualTo(1);
        imp.apply(mapped);
        assertThat(s.cases().search(new CaseFilter(null, null, null, null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1), null), 0, 5)
                .rows()).singleElement().satisfies(c -> {
                    assertThat(c.unitName()).isEqualTo("东山村");
                    assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
                });
    }

    @Test
    void theErrorsAreSavedAsAWorkbookWithTheirReasonsAndTheTemplatesCarryTheStandardHeaders() throws Exception {
        RegisterImport.Plan plan = s.registerImport().plan(caseRegister(), Kind.CASES);
        Path errors = dir.resolve("errors.xlsx");
        RegisterImport.writeErrors(plan, errors, TestData.ZH);
        List<List<String>> rows = Sheets.read(errors);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).last().isEqualTo("错误原因");
        assertThat(rows.get(1)).contains("孙八").last().asString().contains("校验");
        // fixed in the workbook, the rows import: the error column is not a column of the register
        Path template = dir.resolve("template.xlsx");
        RegisterImport.writeTemplate(Kind.CASES, template, TestData.ZH);
        assertThat(Sheets.read(template).get(0)).startsWith("案号", "受理时间", "村（居）");
        RegisterImport.writeTemplate(Kind.LEDGER, template, TestData.ZH);
        assertThat(s.registerImport().plan(template, Kind.LEDGER).lines()).isEmpty();
    }
}
