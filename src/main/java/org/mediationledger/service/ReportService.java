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
    private final SettingsService settings;

    public ReportService(StatsService stats, StatsRepository repo, ReferenceService reference, Messages m, SettingsService settings) {
        this.settings = settings;
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
        Map<UUID, StatsRepository.UnitScreening> byUnit = repo.screeningByUnit(new StatsRepository.Scope(p.from(), p.to(), null, null));
        StatsRepository.UnitScreening total = StatsRepository.UnitScreening.NONE;
        List<List<String>> screenRows = new ArrayList<>();
        for (Unit u : ref.units()) {
            StatsRepository.UnitScreening v = byUnit.getOrDefault(u.id(), StatsRepository.UnitScreening.NONE);
            total = total.plus(v);
            screenRows.add(screenRow(u.name(), v));
        }
        screenRows.add(screenRow(m.get("report.total"), total));
        sheets.add(new Report.Sheet(m.get("report.sheet.screening"), m.get("report.sheet.screening.title"), screenHead, screenRows));
        return new Report(title + " " + m.get("report.rounding." + rounding.name()), sheets,
                m.get("report.prepared", ref.township(), settings.userName(), stats.today()));
    }

    private List<String> caseRow(String name, Figures f) {
        return List.of(name, String.valueOf(f.count(Measure.ACCEPTED)), String.valueOf(f.count(Measure.CONCLUDED)),
                String.valueOf(f.count(Measure.SUCCESS)), rate(f.successRate()), String.valueOf(f.count(Measure.OPEN)),
                wan(f.agreementAmount()));
    }

    private List<String> screenRow(String name, StatsRepository.UnitScreening v) {
        return List.of(name, String.valueOf(v.rounds()), String.valueOf(v.findings()), String.valueOf(v.handled()),
                String.valueOf(v.successful()), rate(new Rate(v.handled(), v.findings())), rate(new Rate(v.successful(), v.handled())),
                String.valueOf(v.under50()), String.valueOf(v.from50to100()), String.valueOf(v.from101to500()), String.valueOf(v.over500()));
    }

    /**
     * The report as an .xlsx workbook to hand up: one sheet per table with Chinese names; the title and the period; a
     * bold, bordered header frozen above the rows; counts and amounts as numbers and rates as numbers formatted as
     * percentages (the value already cut by the office's rounding, so the cell shows the same figure as the screen;
     * "—" where there is nothing to divide by); columns wide enough for their headers; the 填报单位 / 填表人 / 填报日期
     * line; A4, landscape for wide tables, the header repeated on every printed page, fitted to the page width.
     */
    public static void writeXlsx(Report r, Path file) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = wb.createCellStyle();
            titleStyle.setFont(big);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle headStyle = bordered(wb);
            headStyle.setFont(bold);
            headStyle.setAlignment(HorizontalAlignment.CENTER);
            headStyle.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
            headStyle.setWrapText(true);
            CellStyle textStyle = bordered(wb);
            CellStyle numberStyle = bordered(wb);
            numberStyle.setAlignment(HorizontalAlignment.RIGHT);
            CellStyle decimalStyle = bordered(wb);
            decimalStyle.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            CellStyle percentStyle = bordered(wb);
            percentStyle.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle noneStyle = bordered(wb);
            noneStyle.setAlignment(HorizontalAlignment.CENTER);
            for (Report.Sheet s : r.sheets()) {
                XSSFSheet sheet = wb.createSheet(s.name());
                int columns = Math.max(2, s.head().size());
                Row t = sheet.createRow(0);
                t.setHeightInPoints(24);
                Cell tc = t.createCell(0);
                tc.setCellValue(s.title());
                tc.setCellStyle(titleStyle);
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
                Cell period = sheet.createRow(1).createCell(0);
                period.setCellValue(r.title());
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
                Row h = sheet.createRow(2);
                int[] width = new int[s.head().size()];
                for (int i = 0; i < s.head().size(); i++) {
                    Cell c = h.createCell(i);
                    c.setCellValue(s.head().get(i));
                    c.setCellStyle(headStyle);
                    width[i] = displayWidth(s.head().get(i));
                }
                for (int j = 0; j < s.rows().size(); j++) {
                    Row row = sheet.createRow(3 + j);
                    List<String> values = s.rows().get(j);
                    for (int i = 0; i < values.size(); i++) {
                        String v = values.get(i);
                        Cell c = row.createCell(i);
                        if (i > 0 && v.matches("-?\\d+")) {
                            c.setCellValue(Double.parseDouble(v));
                            c.setCellStyle(numberStyle);
                        } else if (i > 0 && v.matches("-?\\d+\\.\\d+")) {
                            c.setCellValue(Double.parseDouble(v));
                            c.setCellStyle(decimalStyle);
                        } else if (i > 0 && v.matches("-?\\d+(\\.\\d+)?%")) {
                            c.setCellValue(new BigDecimal(v.substring(0, v.length() - 1)).movePointLeft(2).doubleValue());
                            c.setCellStyle(percentStyle);
                        } else {
                            c.setCellValue(v);
                            c.setCellStyle("—".equals(v) ? noneStyle : textStyle);
                        }
                        if (i < width.length) {
                            width[i] = Math.max(width[i], displayWidth(v));
                        }
                    }
                }
                for (int i = 0; i < width.length; i++) {
                    sheet.setColumnWidth(i, Math.min(60, Math.max(8, width[i] + 2)) * 256);
                }
                if (r.preparedLine() != null && !r.preparedLine().isEmpty()) {
                    int at = 3 + s.rows().size() + 1;
                    sheet.createRow(at).createCell(0).setCellValue(r.preparedLine());
                    sheet.addMergedRegion(new CellRangeAddress(at, at, 0, columns - 1));
                }
                sheet.createFreezePane(1, 3);
                var print = sheet.getPrintSetup();
                print.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                print.setLandscape(s.head().size() > 7);
                print.setFitWidth((short) 1);
                print.setFitHeight((short) 0);
                sheet.setFitToPage(true);
                sheet.setRepeatingRows(new CellRangeAddress(2, 2, 0, columns - 1));
                sheet.setHorizontallyCenter(true);
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(XSSFWorkbook wb) {
        CellStyle c = wb.createCellStyle();
        c.setBorderTop(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        c.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        c.setBorderLeft(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        c.setBorderRight(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        return c;
    }

    /** Columns of text as Excel measures them: a Chinese character is about two. */
    private static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return w;
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
            if (r.preparedLine() != null && !r.preparedLine().isEmpty()) {
                p.println();
                p.printRecord(r.preparedLine());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }
}
