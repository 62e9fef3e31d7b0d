package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.Unit;
import org.mediationledger.model.UnitKind;
import org.mediationledger.model.ValidationException;
import org.mediationledger.service.UnitImport.Outcome;

/** Units and grids from the sheets offices keep, on a real ledger file. */
class UnitImportTest {
    @TempDir
    Path dir;

    /** A sheet as offices lay it out: a title row, names with line breaks and brackets, a merged unit column. */
    private Path officeSheet() throws Exception {
        Path f = dir.resolve("村居网格.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var s = wb.createSheet("名册");
            String[][] rows = {
                {"青山镇村（居）及网格名册", "", "", "", ""},
                {"序号", "村（居）\n名称", "类 型", "网格名称", "备注"},
                {"1", "东山村", "村委会", "东山村第1网格", ""},
                {"2", "", "", "东山村第2网格", "合并单元格"},
                {"3", "城南社区", "", "城南第1网格", ""},
                {"4", "西河村", "村", "", ""},
                {"5", "", "", "", "只有备注"},
                {"", "", "", "", ""},
                {"6", "北岭村", "村委会", "北岭第1网格", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            // a set-up day as a real Excel date cell, and one that is no date
            var date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            s.getRow(1).createCell(5).setCellValue("成立日期");
            var c = s.getRow(5).createCell(5);
            c.setCellValue(java.sql.Date.valueOf(LocalDate.of(2003, 5, 6)));
            c.setCellStyle(date);
            s.getRow(8).createCell(5).setCellValue("去年");
            try (var out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        return f;
    }

    @Test
    void anOfficeSheetIsReadByColumnNamesCheckedThenKeptAndASecondImportAddsNothing() throws Exception {
        try (Services s = TestData.open(dir.resolve("ledger"))) {
            UnitImport imp = s.unitImport();
            UnitImport.Plan plan = imp.plan(officeSheet());
            assertThat(plan.columns()).containsKeys("unit", "kind", "grid", "establishedOn");
            assertThat(plan.ignored()).containsExactly("序号", "备注");
            assertThat(plan.lines()).extracting(UnitImport.Line::row, UnitImport.Line::unit, UnitImport.Line::grid, UnitImport.Line::outcome)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(3, "东山村", "东山村第1网格", Outcome.NEW_UNIT),
                            org.assertj.core.groups.Tuple.tuple(4, "东山村", "东山村第2网格", Outcome.NEW_GRID),
                            org.assertj.core.groups.Tuple.tuple(5, "城南社区", "城南第1网格", Outcome.NEW_UNIT),
                            org.assertj.core.groups.Tuple.tuple(6, "西河村", null, Outcome.NEW_UNIT),
                            org.assertj.core.groups.Tuple.tuple(7, "", null, Outcome.ERROR),
                            org.assertj.core.groups.Tuple.tuple(9, "北岭村", "北岭第1网格", Outcome.ERROR));
            assertThat(plan.lines().get(4).problem().messageKey()).isEqualTo("import.units.unitMissing");
            assertThat(TestData.ZH.problem(plan.lines().get(5).problem())).contains("去年").contains("2026-11-26");
            assertThat(plan.lines().get(2).kind()).isEqualTo(UnitKind.COMMUNITY); // from the name
            assertThat(plan.count(Outcome.NEW_UNIT)).isEqualTo(3);
            assertThat(plan.newGrids()).isEqualTo(3);
            assertThat(s.reference().load().units()).isEmpty(); // nothing saved by looking

            UnitImport.Result r = imp.apply(plan, LocalDate.of(2026, 1, 1));
            assertThat(r).isEqualTo(new UnitImport.Result(3, 3));
            var ref = s.reference().load();
            assertThat(ref.units()).extracting(Unit::name).containsExactly("东山村", "城南社区", "西河村");
            assertThat(ref.units()).extracting(Unit::establishedOn)
                    .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2003, 5, 6));
            Unit dongshan = ref.units().get(0);
            assertThat(ref.grids().stream().filter(g -> g.unitId().equals(dongshan.id())).map(MicroGrid::name))
                    .containsExactly("东山村第1网格", "东山村第2网格");

            UnitImport.Plan again = imp.plan(officeSheet());
            assertThat(again.count(Outcome.NEW_UNIT) + again.count(Outcome.NEW_GRID)).isZero();
            assertThat(again.hasWork()).isFalse();
            assertThat(imp.apply(again, LocalDate.of(2026, 1, 1))).isEqualTo(new UnitImport.Result(0, 0));
            assertThat(s.reference().load().grids()).hasSize(3);
        }
    }

    @Test
    void csvInGbkAndInUtf8WithABomReadAlike() throws Exception {
        String text = "村（居）,网格\n东山村,东山村第1网格\n东山村,东山村第2网格\n";
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, text.getBytes(Charset.forName("GBK")));
        Path bom = dir.resolve("bom.csv");
        byte[] utf = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf, 0, withBom, 3, utf.length);
        Files.write(bom, withBom);
        try (Services s = TestData.open(dir.resolve("ledger"))) {
            for (Path f : List.of(gbk, bom)) {
                UnitImport.Plan p = s.unitImport().plan(f);
                assertThat(p.lines()).extracting(UnitImport.Line::unit).containsOnly("东山村");
                assertThat(p.newGrids()).isEqualTo(2);
            }
        }
    }

    @Test
    void aFileThatIsNoSheetOrHasNoUnitColumnIsRefusedWithASentence() throws Exception {
        Path notASheet = dir.resolve("照片.xlsx");
        Files.writeString(notASheet, "not a workbook");
        Path noUnits = dir.resolve("人员.csv");
        Files.writeString(noUnits, "姓名,电话\n张三,13812345678\n");
        try (Services s = TestData.open(dir.resolve("ledger"))) {
            assertThatThrownBy(() -> s.unitImport().plan(notASheet)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(TestData.ZH.problem(e.problems().get(0))).contains("照片.xlsx").contains(".xlsx、.xls 或 .csv"));
            assertThatThrownBy(() -> s.unitImport().plan(noUnits)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("import.units.noHeader"));
        }
    }

    @Test
    void theTemplateReadsBackAsItsExamples() throws Exception {
        Path t = dir.resolve("模板.xlsx");
        UnitImport.writeTemplate(t, TestData.ZH);
        try (Services s = TestData.open(dir.resolve("ledger"))) {
            UnitImport.Plan p = s.unitImport().plan(t);
            assertThat(p.count(Outcome.NEW_UNIT)).isEqualTo(2);
            assertThat(p.newGrids()).isEqualTo(3);
            assertThat(p.lines()).extracting(UnitImport.Line::kind)
                    .containsExactly(UnitKind.VILLAGE, UnitKind.VILLAGE, UnitKind.COMMUNITY);
        }
    }

    @Test
    void datesAsOfficesWriteThem() {
        for (String d : List.of("2023-05-06", "2023.5.6", "2023/05/06", "2023年5月6日", "45052")) {
            assertThat(Sheets.date(d)).as(d).contains(LocalDate.of(2023, 5, 6));
        }
        assertThat(Sheets.date("2023-02-30")).isEmpty();
        assertThat(Sheets.date("去年")).isEmpty();
        assertThat(Sheets.normalise("村（居）\n 名称")).isEqualTo("村居名称");
    }
}
