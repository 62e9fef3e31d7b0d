package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** import cases|ledger|template (issue 19) from the command line: preview, all or nothing, errors saved, remembered columns. */
class ImportCliTest extends CliFixture {
    private static final String GOOD_ID = "43022119800305123" + org.mediationledger.model.IdNumber.checkDigit("43022119800305123");
    private static final String BAD_ID = GOOD_ID.substring(0, 17) + (GOOD_ID.charAt(17) == '1' ? '2' : '1');

    private int cases() throws Exception {
        assertThat(run("cases", "list", "--format", "json", "--db", db)).isZero();
        return new ObjectMapper().readTree(out.toString()).size();
    }

    @Test
    void aRegisterIsPreviewedRefusedWholeOrImportedWithoutItsBadRowsAndNeverTwice() throws Exception {
        Path f = dir.resolve("登记.csv");
        Files.write(f, String.join("\n",
                "受理日期,纠纷地点,案由,简要案情,申请人,申请人身份证号,被申请人",
                "2026.10.12,东山村,邻里纠纷,修路占地,甲某," + GOOD_ID + ",乙某",
                "2026年10月13日,西河村,婚姻家庭,分家,丙某,,丁某",
                "2026-10-14,东山村,邻里,争水,戊某," + BAD_ID + ",己某").getBytes(Charset.forName("GBK")));
        int before = cases();

        // 纠纷地点 is nobody's name for a column yet: mapped by hand, remembered only when something is saved
        assertThat(run("import", "cases", "--file", f.toString(), "--dry-run", "--format", "json", "--db", db)).isEqualTo(Cli.INVALID_DATA);
        assertThat(new ObjectMapper().readTree(out.toString()).get("unknownColumns").get(0).asText()).isEqualTo("纠纷地点");
        assertThat(run("import", "cases", "--file", f.toString(), "--dry-run", "--map", "纠纷地点=unit", "--format", "json", "--db", db))
                .isEqualTo(Cli.INVALID_DATA);
        var json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("counts").get("new").asInt()).isEqualTo(2);
        assertThat(json.get("counts").get("error").asInt()).isEqualTo(1);
        assertThat(json.get("columns").get("unit").asText()).isEqualTo("纠纷地点");
        assertThat(json.get("rows").get(2).get("row").asInt()).isEqualTo(4);
        assertThat(json.get("rows").get(2).get("problems").get(0).get("message").asText()).contains("校验");
        assertThat(cases()).isEqualTo(before);

        assertThat(run("import", "cases", "--file", f.toString(), "--map", "纠纷地点=unit", "--all-or-nothing", "--db", db))
                .isEqualTo(Cli.INVALID_DATA);
        assertThat(out.toString()).contains("校验", "什么也没有保存").doesNotContain("已记住").doesNotContain("Exception");
        assertThat(cases()).isEqualTo(before);

        Path errors = dir.resolve("errors.xlsx");
        assertThat(run("import", "cases", "--file", f.toString(), "--map", "纠纷地点=unit", "--errors-out", errors.toString(), "--db", db))
                .isEqualTo(Cli.INVALID_DATA);
        assertThat(out.toString()).contains("已导入 2 行", "1 行有错误", "已记住", errors.toString());
        assertThat(err.toString()).contains("已处理 1/2 行", "已处理 2/2 行");
        assertThat(Files.size(errors)).isPositive();
        assertThat(cases()).isEqualTo(before + 2);

        // the same file again, the column now known without --map: nothing new
        assertThat(run("import", "cases", "--file", f.toString(), "--format", "json", "--db", db)).isEqualTo(Cli.INVALID_DATA);
        json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("counts").get("present").asInt()).isEqualTo(2);
        assertThat(json.get("counts").get("new").asInt()).isZero();
        assertThat(json.get("saved").get("cases").asInt()).isZero();
        assertThat(cases()).isEqualTo(before + 2);

        // the register exported in the import's layout reads back as the same cases, all already present
        Path register = dir.resolve("register.xlsx");
        assertThat(run("cases", "export", "--out", register.toString(), "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已导出 " + (before + 2) + " 件案件");
        assertThat(run("import", "cases", "--file", register.toString(), "--format", "json", "--db", db)).as(out.toString()).isZero();
        json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("counts").get("present").asInt()).isEqualTo(before + 2);
        assertThat(json.get("counts").get("error").asInt()).isZero();
    }

    @Test
    void aVillageNameTheLedgerLacksIsReadAsOneOfItsOwn() throws Exception {
        Path f = dir.resolve("组.csv");
        Files.writeString(f, "受理日期,村（居）,纠纷类型,简要案情,申请人,被申请人\n2026-10-20,东山一组,邻里,屋檐滴水,壬某,癸某\n");
        assertThat(run("import", "cases", "--file", f.toString(), "--dry-run", "--format", "json", "--db", db)).isEqualTo(Cli.INVALID_DATA);
        assertThat(new ObjectMapper().readTree(out.toString()).get("unknownNames").get("unit").get(0).asText()).isEqualTo("东山一组");
        assertThat(run("import", "cases", "--file", f.toString(), "--map-name", "village:东山一组=东山村", "--db", db))
                .isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("unit:东山=东山村");
        assertThat(run("import", "cases", "--file", f.toString(), "--map-name", "unit:东山一组=东山村", "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已导入 1 行", "“东山一组”按本台账的“东山村”读取");
    }

    @Test
    void aVillageTheLedgerLacksIsAddedBeforeTheImport() throws Exception {
        Path f = dir.resolve("新村.csv");
        Files.writeString(f, "受理日期,村（居）,纠纷类型,简要案情,申请人,被申请人\n2026-10-21,青松村,邻里,晒谷场占用,子某,丑某\n");
        assertThat(run("import", "cases", "--file", f.toString(), "--create-name", "unit:青松村", "--dry-run", "--db", db))
                .isEqualTo(Cli.INVALID_DATA);
        assertThat(out.toString()).contains("正式导入时将先加入本台账：青松村");
        assertThat(run("units", "list", "--format", "json", "--db", db)).isZero();
        assertThat(out.toString()).doesNotContain("青松村");
        assertThat(run("import", "cases", "--file", f.toString(), "--create-name", "grid:青松村", "--db", db)).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("unit:月亮村");
        assertThat(run("import", "cases", "--file", f.toString(), "--create-name", "unit:松柏村", "--db", db)).isEqualTo(Cli.INVALID_DATA);
        assertThat(out.toString() + err.toString()).contains("松柏村").doesNotContain("Exception");
        assertThat(run("import", "cases", "--file", f.toString(), "--create-name", "unit:青松村", "--format", "json", "--db", db))
                .as(err.toString()).isZero();
        var json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("created").get("unit").get(0).asText()).isEqualTo("青松村");
        assertThat(json.get("saved").get("cases").asInt()).isEqualTo(1);
        assertThat(run("units", "list", "--format", "json", "--db", db)).isZero();
        assertThat(out.toString()).contains("青松村");
    }

    @Test
    void templatesAndAFileWithoutTheColumnsAreSentences() throws Exception {
        Path t = dir.resolve("模板.xlsx");
        assertThat(run("import", "template", "ledger", "--out", t.toString())).isZero();
        assertThat(org.mediationledger.service.Sheets.read(t).get(0)).startsWith("排查日期", "单位/网格");
        assertThat(run("import", "template", "nonsense", "--out", t.toString())).isEqualTo(Cli.BAD_ARGUMENTS);
        // a place that cannot be written (a folder that is not there, a workbook open in Excel): one sentence naming it
        Path nowhere = dir.resolve("no-such-folder").resolve("模板.xlsx");
        assertThat(run("import", "template", "cases", "--out", nowhere.toString())).isNotZero();
        assertThat(err.toString()).contains("无法写入文件", nowhere.toString()).doesNotContain("意外错误");
        assertThat(run("cases", "export", "--out", nowhere.toString(), "--db", db)).isNotZero();
        assertThat(err.toString()).contains("无法写入文件").doesNotContain("意外错误");

        Path odd = dir.resolve("odd.csv");
        Files.writeString(odd, "甲,乙,丙\n1,2,3\n");
        assertThat(run("import", "ledger", "--file", odd.toString(), "--db", db)).isNotZero();
        assertThat(err.toString()).contains("排查日期").doesNotContain("Exception");
        assertThat(run("import", "ledger", "--file", dir.resolve("none.xlsx").toString(), "--db", db)).isNotZero();
        assertThat(err.toString()).contains("无法读取").doesNotContain("Exception");
    }
}
