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
        return format.formatCellValue(cell).strip();
    }

    static List<List<String>> readCsv(byte[] bytes) throws IOException {
        String text = decode(bytes);
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = new StringReader(text)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build().parse(r)) {
                List<String> cells = new ArrayList<>();
                rec.forEach(c -> cells.add(c.strip()));
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
        Header best = null;
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.size()); r++) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String cell = normalise(cells.get(c));
                if (cell.isEmpty()) {
                    continue;
                }
                for (Map.Entry<String, List<String>> f : synonyms.entrySet()) {
                    if (!columns.containsKey(f.getKey()) && f.getValue().stream().anyMatch(s -> normalise(s).equals(cell))) {
                        columns.put(f.getKey(), c);
                        break;
                    }
                }
            }
            if (!columns.isEmpty() && (best == null || columns.size() > best.columns().size())) {
                best = new Header(r, columns);
            }
        }
        return Optional.ofNullable(best);
    }

    /** @param row the header's index among the rows (0 = the file's first row); columns by field */
    public record Header(int row, Map<String, Integer> columns) {
        public String cell(List<String> cells, String field) {
            Integer c = columns.get(field);
            return c == null || c >= cells.size() ? "" : cells.get(c).strip();
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
