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
        try (var s = Composition.open(db, TestData.ZH, TestData.CLOCK)) {
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
        var success = java.util.stream.StreamSupport.stream(json.spliterator(), false)
                .filter(n -> n.get("item").asText().equals("调解成功率")).findFirst().orElseThrow();
        assertThat(success.get("numerator").asText()).isEqualTo(String.valueOf(f.count(Measure.SUCCESS)));
        assertThat(success.get("denominator").asText()).isEqualTo(String.valueOf(f.count(Measure.CONCLUDED)));
        assertThat(f.count(Measure.ACCEPTED)).isEqualTo(12);

        assertThat(run("stats", "--from", "2026-09-01", "--to", "2026-11-30", "--by", "unit", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("东山村", "镇中社区", "比率四舍五入保留一位小数");
        assertThat(run("stats", "--from", "2026-09-01", "--to", "2026-11-30", "--by", "level", "--format", "csv", "--db", db.toString()))
                .isZero();
        assertThat(out.toString()).contains("村级," + f.count(Measure.MEDIATED_AT_VILLAGE) + "," + f.count(Measure.SUCCESS_AT_VILLAGE));
        assertThat(run("stats", "--from", "2026-11-30", "--to", "2026-09-01", "--db", db.toString())).isEqualTo(2);
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
            var total = byType.getRow(byType.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat((long) total.getCell(1).getNumericCellValue()).isEqualTo(f.count(Measure.ACCEPTED));
            assertThat((long) total.getCell(3).getNumericCellValue()).isEqualTo(f.count(Measure.SUCCESS));
            Sheet screening = wb.getSheet("排查统计");
            var sum = screening.getRow(screening.getLastRowNum());
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
