package org.mediationledger.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mediationledger.model.Breakdown;
import org.mediationledger.model.CaseSource;
import org.mediationledger.model.Figures;
import org.mediationledger.model.Measure;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Period;
import org.mediationledger.model.Rate;
import org.mediationledger.model.Report;
import org.mediationledger.model.Rounding;
import org.mediationledger.model.Unit;
import org.mediationledger.store.StatsRepository;

/**
 * The monthly (quarterly, yearly) reports: the people's-mediation table of the Ministry of Justice (cases by type and
 * by source, successes, amounts, levels, prevention) and the screening table by unit; as tables for the screen and
 * as .xlsx (Apache POI) or CSV files a clerk hands on unchanged.
 */
public final class ReportService {
    private final StatsService stats;
    private final StatsRepository repo;
    private final ReferenceService reference;
    private final Messages m;

    public ReportService(StatsService stats, StatsRepository repo, ReferenceService reference, Messages m) {
        this.stats = stats;
        this.repo = repo;
        this.reference = reference;
        this.m = m;
    }

    private String rate(Rate r) {
        return r.text(stats.rounding(), StatsService.DECIMALS);
    }

    private static String wan(BigDecimal yuan) {
        return yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).toPlainString();
    }

    public Report report(Period p) {
        return report(p, stats.figures(p, null, null));
    }

    /** The report of a period whose township figures were already counted (the statistics screen has them). */
    public Report report(Period p, Figures all) {
        ReferenceData ref = reference.load();
        Rounding rounding = stats.rounding();
        String title = m.get("report.title", ref.township(), p.from(), p.to());
        List<Report.Sheet> sheets = new ArrayList<>();

        List<String> caseHead = List.of(m.get("report.col.type"), m.get("report.col.accepted"), m.get("report.col.concluded"),
                m.get("report.col.success"), m.get("report.col.successRate"), m.get("report.col.open"), m.get("report.col.amountWan"));
        List<List<String>> byType = new ArrayList<>();
        // every type of the list in use, also those without a case, as on the paper table; then any older type still counted
        Map<String, Figures> types = new java.util.LinkedHashMap<>(stats.by(p, null, Breakdown.TYPE));
        for (var t : ref.activeTypes()) {
            Figures f = types.remove(t.name());
            byType.add(caseRow(t.name(), f == null ? new Figures(null, null, null, null, null, null) : f));
        }
        types.forEach((k, f) -> byType.add(caseRow(k, f)));
        byType.add(caseRow(m.get("report.total"), all));
        sheets.add(new Report.Sheet(m.get("report.sheet.byType"), m.get("report.sheet.byType.title"), caseHead, byType));

        List<List<String>> bySource = new ArrayList<>();
        Map<String, Figures> sources = stats.by(p, null, Breakdown.SOURCE);
        for (CaseSource src : CaseSource.values()) {
            Figures f = sources.getOrDefault(src.name(), new Figures(null, null, null, null, null, null));
            bySource.add(caseRow(m.label(src), f));
        }
        bySource.add(caseRow(m.get("report.total"), all));
        List<String> sourceHead = new ArrayList<>(caseHead);
        sourceHead.set(0, m.get("report.col.source"));
        sheets.add(new Report.Sheet(m.get("report.sheet.bySource"), m.get("report.sheet.bySource.title"), sourceHead, bySource));

        List<List<String>> levels = new ArrayList<>();
        for (MediationLevel l : MediationLevel.values()) {
            Rate r = all.successRate(l);
            levels.add(List.of(m.label(l), String.valueOf(r.denominator()), String.valueOf(r.numerator()), rate(r)));
        }
        levels.add(List.of(m.get("report.villageRate"), String.valueOf(all.villageRate().denominator()),
                String.valueOf(all.villageRate().numerator()), rate(all.villageRate())));
        levels.add(List.of(m.get("report.townshipRate"), String.valueOf(all.townshipRate().denominator()),
                String.valueOf(all.townshipRate().numerator()), rate(all.townshipRate())));
        levels.add(List.of(m.get("report.performanceRate"), String.valueOf(all.performanceRate().denominator()),
                String.valueOf(all.performanceRate().numerator()), rate(all.performanceRate())));
        sheets.add(new Report.Sheet(m.get("report.sheet.levels"), m.get("report.sheet.levels.title"),
                List.of(m.get("report.col.item"), m.get("report.col.denominator"), m.get("report.col.numerator"), m.get("report.col.rate")),
                levels));

        List<List<String>> prevention = new ArrayList<>();
        for (Measure x : List.of(Measure.PREVENTED_SUICIDE, Measure.PREVENTED_CRIMINAL, Measure.STOPPED_FIGHT, Measure.STOPPED_PETITION)) {
            prevention.add(List.of(m.get("report.measure." + x.name()), String.valueOf(all.count(x)), String.valueOf(all.people(x))));
        }
        sheets.add(new Report.Sheet(m.get("report.sheet.prevention"), m.get("report.sheet.prevention.title"),
                List.of(m.get("report.col.item"), m.get("report.col.cases"), m.get("report.col.people")), prevention));

        List<String> screenHead = List.of(m.get("report.col.unit"), m.get("report.col.rounds"), m.get("report.col.found"),
                m.get("report.col.handled"), m.get("report.col.resolved"), m.get("report.col.handlingRate"),
                m.get("report.col.resolvedRate"), "<50", "50–100", "100–500", ">500");
        Map<UUID, long[]> byUnit = repo.screeningByUnit(new StatsRepository.Scope(p.from(), p.to(), null, null));
        long[] total = new long[8];
        List<List<String>> screenRows = new ArrayList<>();
        for (Unit u : ref.units()) {
            long[] v = byUnit.getOrDefault(u.id(), new long[8]);
            for (int i = 0; i < 8; i++) {
                total[i] += v[i];
            }
            screenRows.add(screenRow(u.name(), v));
        }
        screenRows.add(screenRow(m.get("report.total"), total));
        sheets.add(new Report.Sheet(m.get("report.sheet.screening"), m.get("report.sheet.screening.title"), screenHead, screenRows));
        return new Report(title + " " + m.get("report.rounding." + rounding.name()), sheets);
    }

    private List<String> caseRow(String name, Figures f) {
        return List.of(name, String.valueOf(f.count(Measure.ACCEPTED)), String.valueOf(f.count(Measure.CONCLUDED)),
                String.valueOf(f.count(Measure.SUCCESS)), rate(f.successRate()), String.valueOf(f.count(Measure.OPEN)),
                wan(f.agreementAmount()));
    }

    private List<String> screenRow(String name, long[] v) {
        return List.of(name, String.valueOf(v[0]), String.valueOf(v[1]), String.valueOf(v[2]), String.valueOf(v[3]),
                rate(new Rate(v[2], v[1])), rate(new Rate(v[3], v[2])), String.valueOf(v[4]), String.valueOf(v[5]),
                String.valueOf(v[6]), String.valueOf(v[7]));
    }

    /** The report as an .xlsx workbook: one sheet per table, Chinese sheet names, title row, bold header, numbers as numbers. */
    public static void writeXlsx(Report r, Path file) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle titleStyle = wb.createCellStyle();
            titleStyle.setFont(bold);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle headStyle = wb.createCellStyle();
            headStyle.setFont(bold);
            headStyle.setAlignment(HorizontalAlignment.CENTER);
            for (Report.Sheet s : r.sheets()) {
                XSSFSheet sheet = wb.createSheet(s.name());
                Row t = sheet.createRow(0);
                Cell tc = t.createCell(0);
                tc.setCellValue(s.title());
                tc.setCellStyle(titleStyle);
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.max(1, s.head().size() - 1)));
                sheet.createRow(1).createCell(0).setCellValue(r.title());
                Row h = sheet.createRow(2);
                for (int i = 0; i < s.head().size(); i++) {
                    Cell c = h.createCell(i);
                    c.setCellValue(s.head().get(i));
                    c.setCellStyle(headStyle);
                }
                for (int j = 0; j < s.rows().size(); j++) {
                    Row row = sheet.createRow(3 + j);
                    List<String> values = s.rows().get(j);
                    for (int i = 0; i < values.size(); i++) {
                        String v = values.get(i);
                        Cell c = row.createCell(i);
                        if (i > 0 && v.matches("-?\\d+(\\.\\d+)?")) {
                            c.setCellValue(Double.parseDouble(v));
                        } else {
                            c.setCellValue(v);
                        }
                    }
                }
                for (int i = 0; i < s.head().size(); i++) {
                    sheet.setColumnWidth(i, i == 0 ? 16 * 256 : 12 * 256);
                }
                sheet.createFreezePane(1, 3);
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as CSV (UTF-8 with a byte-order mark for Excel): each table under its title, a blank line between. */
    public static String csv(Report r) {
        StringBuilder b = new StringBuilder();
        try (org.apache.commons.csv.CSVPrinter p = new org.apache.commons.csv.CSVPrinter(b, org.apache.commons.csv.CSVFormat.EXCEL)) {
            p.printRecord(r.title());
            for (Report.Sheet s : r.sheets()) {
                p.println();
                p.printRecord(s.title());
                p.printRecord(s.head());
                for (List<String> row : s.rows()) {
                    p.printRecord(row.stream().map(org.mediationledger.model.SpreadsheetCell::safe).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }
}
