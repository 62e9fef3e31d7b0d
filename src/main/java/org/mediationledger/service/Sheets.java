package org.mediationledger.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Tables that offices keep in Excel, WPS or CSV, read as rows of text: .xlsx and .xls through Apache POI (the first
 * sheet; dates as 2026-11-26), .csv through Commons CSV in UTF-8 (with or without BOM) or else GBK. The header row is
 * found among the first rows by its column names (title rows above it are skipped), and columns are matched by name
 * after normalising width, spaces, line breaks and brackets, against a table of synonyms.
 */
public final class Sheets {
    /** How many rows at the top may hold titles before the header row. */
    private static final int HEADER_SEARCH_ROWS = 10;

    private Sheets() {
    }

    /** The rows of a file as text, blank rows included (so row numbers match what the clerk sees: row 1 is the first). */
    public static List<List<String>> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(Files.readAllBytes(file));
        }
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            return readSheet(wb.getSheetAt(0));
        } catch (org.apache.poi.EmptyFileException | org.apache.poi.UnsupportedFileFormatException
                 | org.apache.poi.ooxml.POIXMLException e) {
            throw new IOException("not a workbook: " + file.getFileName(), e);
        }
    }

    /**
     * A workbook of text cells, one sheet: the first row the header (frozen), the columns wide enough for a date or a
     * name. Written as save(…) writes.
     */
    public static void write(Path out, String sheetName, List<List<String>> rows, int columnChars) {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet(sheetName);
            int columns = 0;
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                columns = Math.max(columns, cells.size());
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, columnChars * 256);
            }
            sheet.createFreezePane(0, 1);
            save(wb, out);
        } catch (IOException e) {
            throw cannotWrite(out, e); // closing the workbook in memory
        }
    }

    /**
     * Writes the workbook beside the target and moves it into place, so a program killed or a disk filled half way
     * leaves the old file (or none), never half a workbook; a file that cannot be written (a folder without rights, a
     * workbook open in Excel) is one sentence naming it.
     */
    public static void save(Workbook wb, Path out) {
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (var os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            try {
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the sentence below is what matters; the log has the first failure
            }
            throw cannotWrite(out, e);
        }
    }

    private static org.mediationledger.model.ValidationException cannotWrite(Path out, IOException e) {
        org.slf4j.LoggerFactory.getLogger(Sheets.class).warn("cannot write {}", out, e);
        return new org.mediationledger.model.ValidationException(List.of(
                org.mediationledger.model.Problem.error("file", "cli.print.cannotWrite", String.valueOf(out))));
    }

    private static List<List<String>> readSheet(Sheet sheet) {
        DataFormatter format = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), format));
                }
            }
            rows.add(cells);
        }
        // a merged cell (申请人 over 姓名 and 身份证号; 受理日期 over two header rows) reads as its text in every cell it covers
        for (org.apache.poi.ss.util.CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getFirstRow() >= rows.size() || m.getFirstColumn() >= rows.get(m.getFirstRow()).size()) {
                continue;
            }
            String value = rows.get(m.getFirstRow()).get(m.getFirstColumn());
            for (int r = m.getFirstRow(); r <= Math.min(m.getLastRow(), rows.size() - 1); r++) {
                List<String> cells = rows.get(r);
                while (cells.size() <= m.getLastColumn()) {
                    cells.add("");
                }
                for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                    cells.set(c, value);
                }
            }
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
        }
        if (cell.getCellType() == CellType.FORMULA) {
            // the value Excel or WPS saved with the formula (=600+400 reads 1000), not the formula's text
            return switch (type) {
                case NUMERIC -> java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                case STRING -> cell.getStringCellValue().strip();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return unguarded(format.formatCellValue(cell).strip());
    }

    static List<List<String>> readCsv(byte[] bytes) throws IOException {
        String text = decode(bytes);
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = new StringReader(text)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build().parse(r)) {
                List<String> cells = new ArrayList<>();
                rec.forEach(c -> cells.add(unguarded(c.strip())));
                rows.add(cells);
            }
        }
        return rows;
    }

    /** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else GBK, which WPS and older Excel write in China. */
    static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GBK"));
        }
    }

    /** A cell as written by a spreadsheet this program exported: its guard against formulas ('=…) taken off. */
    static String unguarded(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    /** A column name as compared: no spaces or line breaks, half-width, brackets dropped ("村（居） 名称" -> "村居名称"). */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char ch : name.toCharArray()) {
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                ch = (char) (ch - 0xFEE0); // full-width to half-width
            }
            if (Character.isWhitespace(ch) || ch == '\u3000' || "()[]{}<>【】〔〕*：:".indexOf(ch) >= 0) {
                continue;
            }
            b.append(Character.toLowerCase(ch));
        }
        return b.toString();
    }

    /**
     * The header row and the column of each field: the row among the first ones that names the most fields.
     *
     * @param synonyms field -> the names a column of it may carry
     * @return empty when no row names any field
     */
    public static Optional<Header> header(List<List<String>> rows, Map<String, List<String>> synonyms) {
        return header(rows, synonyms, Map.of());
    }

    /**
     * The header among the first rows: one row, or two rows read together (a merged two-row header: 申请人 above 姓名
     * and 身份证号 reads 申请人/姓名, 申请人/身份证号), whichever names the most fields (one row wins a tie).
     *
     * @param mapped column names the clerk mapped by hand (normalised name -> field), tried before the synonyms
     */
    public static Optional<Header> header(List<List<String>> rows, Map<String, List<String>> synonyms, Map<String, String> mapped) {
        Header best = null;
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.size()); r++) {
            Header one = match(r, rows.get(r), synonyms, mapped);
            if (one != null && (best == null || one.columns().size() > best.columns().size())) {
                best = one;
            }
            if (r + 1 < rows.size()) {
                Header two = match(r + 1, joined(rows.get(r), rows.get(r + 1)), synonyms, mapped);
                if (two != null && (best == null || two.columns().size() > best.columns().size())) {
                    best = two;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Two header rows as one: "parent/child" where both have text, the one that has text otherwise. In a CSV (no
     * merged cells) a group's title stands above its first column only, so an empty parent over a child takes the
     * parent to its left when that one too has a child.
     */
    static List<String> joined(List<String> top, List<String> below) {
        List<String> out = new ArrayList<>();
        String carried = "";
        for (int c = 0; c < Math.max(top.size(), below.size()); c++) {
            String p = c < top.size() ? top.get(c).strip() : "";
            String ch = c < below.size() ? below.get(c).strip() : "";
            if (!p.isEmpty()) {
                carried = ch.isEmpty() ? "" : p;
            } else if (!ch.isEmpty()) {
                p = carried;
            } else {
                carried = "";
            }
            out.add(p.isEmpty() ? ch : ch.isEmpty() || ch.equals(p) ? p : p + "/" + ch);
        }
        return out;
    }

    private static Header match(int row, List<String> cells, Map<String, List<String>> synonyms, Map<String, String> mapped) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<Integer, String> titles = new LinkedHashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            String cell = normalise(cells.get(c));
            if (cell.isEmpty()) {
                continue;
            }
            titles.put(c, cells.get(c).strip());
            String field = mapped.get(cell);
            if (field != null && synonyms.containsKey(field) && !columns.containsKey(field)) {
                columns.put(field, c);
                continue;
            }
            for (Map.Entry<String, List<String>> f : synonyms.entrySet()) {
                if (!columns.containsKey(f.getKey()) && f.getValue().stream().anyMatch(s -> normalise(s).equals(cell))) {
                    columns.put(f.getKey(), c);
                    break;
                }
            }
        }
        return columns.isEmpty() ? null : new Header(row, columns, titles);
    }

    /**
     * @param row     the index of the header's last row among the rows (0 = the file's first row; data follow it)
     * @param columns the column of each field understood
     * @param titles  every column's name as written (two rows joined by "/"), by column index
     */
    public record Header(int row, Map<String, Integer> columns, Map<Integer, String> titles) {
        public String cell(List<String> cells, String field) {
            Integer c = columns.get(field);
            return c == null || c >= cells.size() ? "" : cells.get(c).strip();
        }

        /** The names of the columns no field was found for, in their order. */
        public List<String> unknown() {
            return titles.entrySet().stream().filter(e -> !columns.containsValue(e.getKey())).map(Map.Entry::getValue).toList();
        }

        /** The name as written of the field's column. */
        public String title(String field) {
            Integer c = columns.get(field);
            return c == null ? null : titles.get(c);
        }
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?");

    /** "2026-11-26", "2026.11.26", "2026/11/26", "2026年11月26日" or an Excel serial day; empty when it is none of these. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher mt = DATE.matcher(text.strip());
        if (mt.matches()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(mt.group(1)), Integer.parseInt(mt.group(2)), Integer.parseInt(mt.group(3))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        if (text.strip().matches("\\d{5}(\\.0+)?")) { // a serial day in a cell kept as text
            double serial = Double.parseDouble(text.strip());
            return Optional.of(DateUtil.getJavaDate(serial).toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
        }
        return Optional.empty();
    }
}
