package org.mediationledger.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.Problem;
import org.mediationledger.model.Unit;
import org.mediationledger.model.UnitKind;
import org.mediationledger.model.ValidationException;

/**
 * The township's villages, communities and their grids from one spreadsheet (a row per grid, or a row per unit):
 * read and checked first (a plan the clerk looks at), then kept in one transaction, the good rows or none. Units and
 * grids already in the ledger are recognised by name, so the same sheet imported twice adds nothing.
 */
public final class UnitImport {
    /** The columns by field, each under the names offices give it. */
    public static final Map<String, List<String>> COLUMNS = columns();

    private final ReferenceService reference;
    private final Transactions transactions;

    public UnitImport(ReferenceService reference, Transactions transactions) {
        this.reference = reference;
        this.transactions = transactions;
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("unit", List.of("村（居）", "村（居）名称", "村（社区）", "村（社区）名称", "村居委会", "村（居）委会", "村委会", "居委会",
                "社区", "村名", "村", "单位", "单位名称", "排查单位", "所属村（居）", "名称", "unit", "village", "community"));
        c.put("kind", List.of("类型", "类别", "村/居", "性质", "单位类型", "kind", "type"));
        c.put("grid", List.of("网格", "网格名称", "微网格", "微网格名称", "网格名", "grid"));
        c.put("establishedOn", List.of("设立日期", "成立日期", "设立时间", "成立时间", "established", "establishedOn", "set up on"));
        return java.util.Collections.unmodifiableMap(c);
    }

    /** What a row will do. */
    public enum Outcome { NEW_UNIT, NEW_GRID, PRESENT, ERROR }

    /**
     * One row of the sheet. @param row as numbered in the spreadsheet program (the first row is 1)
     * @param problem why it cannot be imported (null unless the outcome is ERROR)
     */
    public record Line(int row, String unit, UnitKind kind, String grid, LocalDate establishedOn, Outcome outcome, Problem problem) {
    }

    /** @param columns the sheet's column names the program understood, by field; ignored the names it did not */
    public record Plan(Path file, List<Line> lines, Map<String, String> columns, List<String> ignored) {
        public long count(Outcome o) {
            return lines.stream().filter(l -> l.outcome() == o).count();
        }

        /** New grids in all, on new and on present units. */
        public long newGrids() {
            return lines.stream().filter(l -> l.outcome() == Outcome.NEW_GRID
                    || l.outcome() == Outcome.NEW_UNIT && l.grid() != null).count();
        }

        public boolean hasWork() {
            return lines.stream().anyMatch(l -> l.outcome() == Outcome.NEW_UNIT || l.outcome() == Outcome.NEW_GRID);
        }
    }

    /** What was kept. */
    public record Result(int units, int grids) {
    }

    /** Reads and checks the sheet against the ledger; nothing is saved. */
    public Plan plan(Path file) {
        List<List<String>> rows;
        try {
            rows = Sheets.read(file);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(UnitImport.class).warn("cannot read {}", file, e);
            throw new ValidationException(List.of(Problem.error("file", "import.unreadable", String.valueOf(file.getFileName()))));
        }
        return plan(file, rows);
    }

    Plan plan(Path file, List<List<String>> rows) {
        Sheets.Header h = Sheets.header(rows, COLUMNS).filter(x -> x.columns().containsKey("unit"))
                .orElseThrow(() -> new ValidationException(List.of(Problem.error("file", "import.units.noHeader"))));
        Map<String, String> understood = new LinkedHashMap<>();
        h.columns().forEach((field, col) -> understood.put(field, rows.get(h.row()).get(col)));
        List<String> ignored = new ArrayList<>();
        List<String> head = rows.get(h.row());
        for (int c = 0; c < head.size(); c++) {
            if (!head.get(c).isBlank() && !h.columns().containsValue(c)) {
                ignored.add(head.get(c));
            }
        }
        var ref = reference.load();
        LocalDate today = reference.today();
        Map<String, Unit> units = new HashMap<>();
        ref.units().forEach(u -> units.put(u.name(), u));
        Set<String> grids = new HashSet<>();
        ref.grids().forEach(g -> ref.unit(g.unitId()).ifPresent(u -> grids.add(u.name() + "\u0000" + g.name())));
        Set<String> newUnits = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        String carried = null; // a unit's cell merged over its grid rows is read blank below the first
        for (int r = h.row() + 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            String unit = h.cell(cells, "unit");
            String grid = blankToNull(h.cell(cells, "grid"));
            if (unit.isEmpty() && grid != null) {
                unit = carried == null ? "" : carried;
            }
            String kindText = h.cell(cells, "kind");
            String dateText = h.cell(cells, "establishedOn");
            LocalDate established = Sheets.date(dateText).orElse(null);
            UnitKind kind = kind(kindText, unit);
            int row = r + 1;
            Problem problem = null;
            if (unit.isEmpty()) {
                problem = Problem.error("unit", "import.units.unitMissing");
            } else if (unit.length() > 50 || grid != null && grid.length() > 50) {
                problem = Problem.error(unit.length() > 50 ? "unit" : "grid", "error.tooLong", 50);
            } else if (!dateText.isEmpty() && established == null) {
                problem = Problem.error("establishedOn", "import.units.badDate", dateText);
            } else if (established != null && established.isAfter(today)) {
                problem = Problem.error("establishedOn", "error.dateInFuture", today.toString());
            } else if (established != null && established.isBefore(org.mediationledger.model.Limits.EARLIEST)) {
                problem = Problem.error("establishedOn", "error.dateTooEarly", org.mediationledger.model.Limits.EARLIEST.toString());
            } else if (units.containsKey(unit) && units.get(unit).retired() && grid != null && !grids.contains(unit + "\u0000" + grid)) {
                problem = Problem.error("unit", "error.unitRetired", unit, units.get(unit).retiredOn().toString());
            }
            carried = unit.isEmpty() ? carried : unit;
            Outcome outcome;
            if (problem != null) {
                outcome = Outcome.ERROR;
            } else if (!units.containsKey(unit) && newUnits.add(unit)) {
                outcome = Outcome.NEW_UNIT;
                if (grid != null) {
                    grids.add(unit + "\u0000" + grid);
                }
            } else if (grid != null && grids.add(unit + "\u0000" + grid)) {
                outcome = Outcome.NEW_GRID;
            } else {
                outcome = Outcome.PRESENT;
            }
            if (units.containsKey(unit)) {
                kind = units.get(unit).kind();
            }
            lines.add(new Line(row, unit, kind, grid, established, outcome, problem));
        }
        return new Plan(file, List.copyOf(lines), understood, List.copyOf(ignored));
    }

    /** 村委会 / 居委会 from its cell, else from the name (…社区, …居委会 are residents' committees). */
    static UnitKind kind(String text, String name) {
        String t = text == null ? "" : text.strip();
        if (!t.isEmpty()) {
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            if (t.contains("居") || t.contains("社区") || lower.contains("communit") || lower.contains("resident")) {
                return UnitKind.COMMUNITY;
            }
            return UnitKind.VILLAGE;
        }
        return name != null && (name.endsWith("社区") || name.endsWith("居委会") || name.endsWith("居")) ? UnitKind.COMMUNITY
                : UnitKind.VILLAGE;
    }

    /**
     * Keeps the plan's new units and grids in one transaction (rows with errors are left out).
     *
     * @param establishedOn the set-up day of a new unit whose row gives none
     */
    public Result apply(Plan plan, LocalDate establishedOn) {
        return transactions.inOne(() -> {
            var ref = reference.load();
            Map<String, UUID> ids = new HashMap<>();
            ref.units().forEach(u -> ids.put(u.name(), u.id()));
            int order = ref.units().stream().mapToInt(Unit::sortOrder).max().orElse(0);
            Map<UUID, Integer> gridOrder = new HashMap<>();
            ref.grids().forEach(g -> gridOrder.merge(g.unitId(), g.sortOrder(), Math::max));
            Set<String> present = new HashSet<>();
            ref.grids().forEach(g -> present.add(g.unitId() + "\u0000" + g.name()));
            int units = 0;
            int grids = 0;
            for (Line l : plan.lines()) {
                if (l.outcome() == Outcome.NEW_UNIT && !ids.containsKey(l.unit())) {
                    Unit saved = reference.saveUnit(new Unit(null, l.unit(), l.kind(), ++order, 0,
                            l.establishedOn() != null ? l.establishedOn() : establishedOn, null));
                    ids.put(saved.name(), saved.id());
                    units++;
                }
                if ((l.outcome() == Outcome.NEW_UNIT || l.outcome() == Outcome.NEW_GRID) && l.grid() != null) {
                    UUID unit = ids.get(l.unit());
                    if (unit != null && present.add(unit + "\u0000" + l.grid())) {
                        int next = gridOrder.merge(unit, 1, Integer::sum);
                        reference.saveGrid(new MicroGrid(null, unit, l.grid(), next, 0));
                        grids++;
                    }
                }
            }
            return new Result(units, grids);
        });
    }

    /** A workbook with the column names and two example rows, for an office that has no sheet yet. */
    public static void writeTemplate(Path out, org.mediationledger.model.Messages m) throws IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet(m.get("import.units.sheet"));
            String[][] rows = {
                {m.get("import.units.col.unit"), m.get("import.units.col.kind"), m.get("import.units.col.grid"),
                    m.get("import.units.col.established")},
                {m.get("import.units.example.village"), m.get("enum.UnitKind.VILLAGE"), m.get("import.units.example.grid1"), ""},
                {m.get("import.units.example.village"), m.get("enum.UnitKind.VILLAGE"), m.get("import.units.example.grid2"), ""},
                {m.get("import.units.example.community"), m.get("enum.UnitKind.COMMUNITY"), m.get("import.units.example.grid3"), ""}};
            var bold = wb.createCellStyle();
            var font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    var cell = row.createCell(c);
                    cell.setCellValue(rows[r][c]);
                    if (r == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            for (int c = 0; c < 4; c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheets.save(wb, out);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
