package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.Figures;
import org.mediationledger.model.Measure;
import org.mediationledger.model.Period;

/** `stats` and `report` give the numbers the statistics service gives (the screen shows the same service). */
class StatsCliTest extends CliFixture {

    Figures figures(Period p) {
        try (var s = ledger()) {
            return s.stats().figures(p, null, null);
        }
    }

    @Test
    void statsGivesEachRateWithItsNumeratorAndDenominator() throws Exception {
        Period p = Period.custom(java.time.LocalDate.of(2026, 9, 1), java.time.LocalDate.of(2026, 11, 30));
        Figures f = figures(p);
        assertThat(run("stats", "--from", "2026-09-01", "--to", "2026-11-30", "--format", "json", "--db", db.toString()))
                .as(err.toString()).isZero();
        var json = new ObjectMapper().readTree(out.toString());
        var success = json.get("figures").get("successRate");
        assertThat(success.get("numerator").asLong()).isEqualTo(f.count(Measure.SUCCESS));
        assertThat(success.get("denominator").asLong()).isEqualTo(f.count(Measure.CONCLUDED));
        assertThat(success.get("label").asText()).isEqualTo("调解成功率");
        assertThat(f.count(Measure.ACCEPTED)).isEqualTo(12);

        assertThat(run("stats", "--from", "2026-09-01", "--to", "2026-11-30", "--by", "unit", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("东山村", "镇中社区", "比率四舍五入保留一位小数");
        assertThat(run("stats", "--from", "2026-09-01", "--to", "2026-11-30", "--by", "level", "--format", "csv", "--db", db.toString()))
                .isZero();
        assertThat(out.toString()).contains("村级," + f.count(Measure.MEDIATED_AT_VILLAGE) + "," + f.count(Measure.SUCCESS_AT_VILLAGE));
        // by month: one line a month, the months adding up to the period (it was 意外错误 on the file: issue 20's review)
        assertThat(run("stats", "--from", "2026-09-01", "--to", "2026-11-30", "--by", "month", "--format", "json", "--db", db.toString()))
                .as(err.toString()).isZero();
        var months = new ObjectMapper().readTree(out.toString());
        assertThat(months.toString()).contains("2026-09", "2026-10", "2026-11");
        long accepted = 0;
        for (var g : months.get("groups")) {
            accepted += g.get("figures").get("casesAccepted").get("value").asLong();
        }
        assertThat(accepted).isEqualTo(f.count(Measure.ACCEPTED));
        assertThat(run("stats", "--from", "2026-11-30", "--to", "2026-09-01", "--db", db.toString())).isEqualTo(2);
    }

    /** The machine shape: fixed ids and keys in every language, numbers as numbers, rates under the office's rounding. */
    @Test
    void statsJsonHasFixedIdsAndFollowsTheRoundingSetting() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(run("stats", "--from", "2026-09-01", "--to", "2026-11-30", "--format", "json", "--lang", "en", "--db", db.toString()))
                .isZero();
        var en = mapper.readTree(out.toString());
        assertThat(run("stats", "--from", "2026-09-01", "--to", "2026-11-30", "--format", "json", "--db", db.toString())).isZero();
        var zh = mapper.readTree(out.toString());
        assertThat(zh.get("from").asText()).isEqualTo("2026-09-01");
        assertThat(zh.get("to").asText()).isEqualTo("2026-11-30");
        assertThat(zh.get("unit").isNull()).isTrue();
        assertThat(zh.get("rounding").asText()).isEqualTo("HALF_UP");
        java.util.List<String> ids = new java.util.ArrayList<>();
        zh.get("figures").fieldNames().forEachRemaining(ids::add);
        assertThat(ids).containsExactly("screeningRounds", "zeroReports", "screeningCompliance", "findings", "handlingRate",
                "casesAccepted", "casesNotConcluded", "casesConcluded", "successRate", "successRateVillage", "successRateTownship",
                "successRateJudicial", "resolvedInVillage", "resolvedInTownship", "performanceRate", "agreementAmountYuan",
                "preventedSuicide", "preventedCriminal", "preventedGroupFight", "preventedGroupPetition", "leaderMatters",
                "leaderOnTimeRate", "leaderOverdue", "petitions", "petitionOnTimeRate", "petitionOverdue");
        java.util.List<String> enIds = new java.util.ArrayList<>();
        en.get("figures").fieldNames().forEachRemaining(enIds::add);
        assertThat(enIds).isEqualTo(ids);
        assertThat(en.get("figures").get("successRate").get("label").asText()).isEqualTo("Mediation success rate");
        var accepted = zh.get("figures").get("casesAccepted");
        assertThat(accepted.get("value").isNumber()).isTrue();
        assertThat(accepted.get("value").asInt()).isEqualTo(12);
        assertThat(zh.get("figures").get("preventedSuicide").get("people").isNumber()).isTrue();
        var compliance = zh.get("figures").get("screeningCompliance");
        assertThat(compliance.get("numerator").isNumber()).isTrue();
        assertThat(compliance.get("label").asText()).contains("周次");
        // a rate with nothing to count has a null percent
        assertThat(zh.get("figures").get("successRateJudicial").get("percent").isNull()
                == (zh.get("figures").get("successRateJudicial").get("denominator").asInt() == 0)).isTrue();

        // a rate whose third decimal decides: 2/3 = 66.67% half-up, 66.6% cut; both outputs follow the setting
        long n = compliance.get("numerator").asLong();
        long d = compliance.get("denominator").asLong();
        java.math.BigDecimal exact = java.math.BigDecimal.valueOf(n * 100).divide(java.math.BigDecimal.valueOf(d), 10,
                java.math.RoundingMode.DOWN);
        assertThat(compliance.get("percent").decimalValue()).isEqualByComparingTo(exact.setScale(1, java.math.RoundingMode.HALF_UP));
        assertThat(run("settings", "set", "--key", "rounding", "--value", "TRUNCATE", "--db", db.toString())).isZero();
        assertThat(run("stats", "--from", "2026-09-01", "--to", "2026-11-30", "--format", "json", "--db", db.toString())).isZero();
        var cut = mapper.readTree(out.toString());
        assertThat(cut.get("rounding").asText()).isEqualTo("TRUNCATE");
        assertThat(cut.get("figures").get("screeningCompliance").get("percent").decimalValue())
                .isEqualByComparingTo(exact.setScale(1, java.math.RoundingMode.DOWN));
        assertThat(run("screening", "compliance", "--from", "2026-09-01", "--to", "2026-11-30", "--format", "json", "--db", db.toString()))
                .isZero();
        var board = mapper.readTree(out.toString());
        assertThat(board.get("rounding").asText()).isEqualTo("TRUNCATE");
        assertThat(board.get("rate").get("percent").decimalValue()).isEqualByComparingTo(exact.setScale(1, java.math.RoundingMode.DOWN));
        assertThat(board.get("rate").get("numerator").asLong()).isEqualTo(n);
        assertThat(run("stats", "--from", "2026-09-01", "--to", "2026-11-30", "--format", "csv", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("screeningCompliance", "TRUNCATE");

        // --by uses the same ids
        assertThat(run("stats", "--from", "2026-09-01", "--to", "2026-11-30", "--by", "unit", "--format", "json", "--db", db.toString()))
                .isZero();
        var byUnit = mapper.readTree(out.toString());
        assertThat(byUnit.get("by").asText()).isEqualTo("unit");
        assertThat(byUnit.get("groups").get(0).get("figures").has("casesAccepted")).isTrue();
        assertThat(byUnit.get("groups").get(0).get("figures").get("successRate").has("percent")).isTrue();
        assertThat(run("stats", "--from", "2026-09-01", "--to", "2026-11-30", "--by", "level", "--format", "json", "--db", db.toString()))
                .isZero();
        assertThat(mapper.readTree(out.toString()).get("groups").findValuesAsText("key")).containsExactly("VILLAGE", "TOWNSHIP", "JUDICIAL");
    }

    @Test
    void theScreeningLedgerJsonHasFixedEnglishKeys() throws Exception {
        assertThat(run("screening", "ledger", "--from", "2026-09-01", "--to", "2026-11-30", "--format", "json", "--lang", "en",
                "--db", db.toString())).isZero();
        var rows = new ObjectMapper().readTree(out.toString());
        assertThat(rows.size()).isPositive();
        var first = rows.get(0);
        java.util.List<String> keys = new java.util.ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("number", "date", "unit", "grid", "disputeType", "parties", "summary", "peopleInvolved",
                "amountInvolvedYuan", "riskLevel", "leader", "responsible", "measures", "deadline", "result", "notes", "roundId",
                "findingId", "caseId");
        assertThat(first.get("number").isNumber()).isTrue();
        // phones stay masked in machine output too
        assertThat(out.toString()).doesNotContainPattern("[^0-9a-f-]1[3-9]\\d{9}[^0-9a-f-]");
    }

    static org.apache.poi.ss.usermodel.Row row(Sheet sheet, String first) {
        for (var r : sheet) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && r.getCell(0).getStringCellValue().equals(first)) {
                return r;
            }
        }
        throw new AssertionError("no row " + first);
    }

    @Test
    void theMonthlyReportIsAWorkbookWithChineseSheets() throws Exception {
        Path x = dir.resolve("report.xlsx");
        assertThat(run("report", "--month", "2026-10", "--out", x.toString(), "--db", db.toString())).as(err.toString()).isZero();
        Figures f = figures(Period.month(java.time.YearMonth.of(2026, 10)));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(x))) {
            assertThat(wb.getSheetName(0)).isEqualTo("按纠纷类型");
            assertThat(wb.getSheetAt(wb.getNumberOfSheets() - 1).getSheetName()).isEqualTo("排查统计");
            Sheet byType = wb.getSheetAt(0);
            assertThat(byType.getRow(0).getCell(0).getStringCellValue()).isEqualTo("人民调解案件统计表（按纠纷类型）");
            assertThat(byType.getRow(1).getCell(0).getStringCellValue()).contains("2026-10-01", "2026-10-31");
            var total = row(byType, "合计");
            assertThat((long) total.getCell(1).getNumericCellValue()).isEqualTo(f.count(Measure.ACCEPTED));
            assertThat((long) total.getCell(3).getNumericCellValue()).isEqualTo(f.count(Measure.SUCCESS));
            // the success rate is a number formatted as a percentage, already cut like the screen's figure
            var rate = total.getCell(4);
            if (f.successRate().denominator() > 0) {
                assertThat(rate.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                assertThat(java.math.BigDecimal.valueOf(rate.getNumericCellValue() * 100).setScale(1, java.math.RoundingMode.HALF_UP))
                        .isEqualByComparingTo(f.successRate().percent(org.mediationledger.model.Rounding.HALF_UP, 1).orElseThrow());
            }
            // a type without cases has nothing to divide by: "—" as text
            assertThat(java.util.stream.StreamSupport.stream(byType.spliterator(), false).skip(3)
                    .anyMatch(r -> r.getCell(4) != null && r.getCell(4).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && r.getCell(4).getStringCellValue().equals("—"))).isTrue();
            assertThat(byType.getRow(2).getCell(0).getCellStyle().getBorderBottom()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            assertThat(byType.getRow(byType.getLastRowNum()).getCell(0).getStringCellValue()).contains("填报单位", "填表人", "填报日期");
            assertThat(byType.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(byType.getRepeatingRows().getFirstRow()).isEqualTo(2);
            assertThat(byType.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            // every header fits its column: 协议金额（万元） is 8 Chinese characters wide
            for (int i = 0; i < byType.getRow(2).getLastCellNum(); i++) {
                String head = byType.getRow(2).getCell(i).getStringCellValue();
                assertThat(byType.getColumnWidth(i)).as(head).isGreaterThanOrEqualTo(head.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum() * 256);
            }
            Sheet screening = wb.getSheet("排查统计");
            assertThat(screening.getPrintSetup().getLandscape()).isTrue();
            var sum = row(screening, "合计");
            assertThat((long) sum.getCell(1).getNumericCellValue()).isEqualTo(f.screening().rounds());
            assertThat((long) sum.getCell(2).getNumericCellValue()).isEqualTo(f.screening().found());
        }
        assertThat(run("report", "--month", "2026-13", "--out", x.toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("2026-13");
        Path csv = dir.resolve("report.csv");
        assertThat(run("report", "--quarter", "2026-Q4", "--out", csv.toString(), "--db", db.toString())).isZero();
        assertThat(Files.readString(csv)).startsWith("\uFEFF").contains("矛盾纠纷排查调处统计表", "小事不出村");
    }
}
