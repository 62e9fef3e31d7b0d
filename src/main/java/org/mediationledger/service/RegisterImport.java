package org.mediationledger.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mediationledger.model.Agreement;
import org.mediationledger.model.AttemptResult;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.CaseSource;
import org.mediationledger.model.CaseSummary;
import org.mediationledger.model.FieldChange;
import org.mediationledger.model.Finding;
import org.mediationledger.model.FindingParty;
import org.mediationledger.model.FindingStatus;
import org.mediationledger.model.MediationAttempt;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.MediationKind;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.Party;
import org.mediationledger.model.PartyRole;
import org.mediationledger.model.PathValidator;
import org.mediationledger.model.Problem;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.model.ScreeningKind;
import org.mediationledger.model.ScreeningRound;
import org.mediationledger.model.Termination;
import org.mediationledger.model.ValidationException;
import org.mediationledger.store.CaseRepository;

/**
 * The registers offices already keep in Excel, WPS or CSV (issue 19): the case register (人民调解案件登记: cases with
 * their parties and, where the sheet has them, the result, the day it was concluded and the agreement's amount) and
 * the screening ledger (矛盾纠纷排查化解台账: a row per finding, or a zero report). First a plan: every row read, checked
 * by the same rules as the forms and sorted into new / already present / with problems, nothing saved; then the new
 * rows saved in one transaction, all or none. A row already in the ledger (a case by its number, or by receipt day,
 * unit and parties; a finding by day, unit and parties) is recognised, so the same file imported twice adds nothing.
 */
public final class RegisterImport {
    /** Which register a file is. */
    public enum Kind { CASES, LEDGER }

    /** What a row will do. */
    public enum Outcome { NEW, PRESENT, ERROR }

    /**
     * One row of the file. @param row as numbered in the spreadsheet program (the first row is 1)
     * @param key what the row is known by (its case number, or day · unit · parties)
     * @param problems why it cannot be imported (empty unless the outcome is ERROR); fields as the forms name them
     */
    public record Line(int row, Outcome outcome, String key, List<Problem> problems) {
    }

    /**
     * What importing the file would do. columns: the fields understood, by field, with the column's name as written;
     * unknownColumns: the columns nobody understood (the clerk may map them); unknownNames: values that name no unit,
     * grid, dispute type or mediator of the ledger, by field (to map or create).
     */
    public static final class Plan {
        private final Kind kind;
        private final Path file;
        private final List<Line> lines;
        private final Map<String, String> columns;
        private final List<String> unknownColumns;
        private final Map<String, Set<String>> unknownNames;
        private final Map<String, List<String>> choices;
        private final List<List<String>> rows;
        private final int headerRow;
        /** For each village the ledger lacks: the first day a row of the file has for it (a new village is set up then). */
        final Map<String, LocalDate> firstDays;
        final List<Work> work;

        Plan(Kind kind, Path file, List<Line> lines, Map<String, String> columns, List<String> unknownColumns,
             Map<String, Set<String>> unknownNames, Map<String, List<String>> choices, List<List<String>> rows, int headerRow,
             List<Work> work, Map<String, LocalDate> firstDays) {
            this.firstDays = Map.copyOf(firstDays);
            this.choices = Collections.unmodifiableMap(choices);
            this.kind = kind;
            this.file = file;
            this.lines = List.copyOf(lines);
            this.columns = Collections.unmodifiableMap(columns);
            this.unknownColumns = List.copyOf(unknownColumns);
            this.unknownNames = Collections.unmodifiableMap(unknownNames);
            this.rows = rows;
            this.headerRow = headerRow;
            this.work = work;
        }

        public Kind kind() {
            return kind;
        }

        public Path file() {
            return file;
        }

        public List<Line> lines() {
            return lines;
        }

        public Map<String, String> columns() {
            return columns;
        }

        public List<String> unknownColumns() {
            return unknownColumns;
        }

        public Map<String, Set<String>> unknownNames() {
            return unknownNames;
        }

        /** The ledger's own names an unknown name may be read as, by field (unit, disputeType, mediator). */
        public Map<String, List<String>> choices() {
            return choices;
        }

        public long count(Outcome o) {
            return lines.stream().filter(l -> l.outcome() == o).count();
        }

        public boolean hasWork() {
            return !work.isEmpty();
        }

        /** The file's rows (row 1 first) and the index of its header's last row: for the workbook of errors. */
        List<List<String>> rows() {
            return rows;
        }

        int headerRow() {
            return headerRow;
        }
    }

    /** What was kept. */
    public record Result(int cases, int rounds, int findings) {
    }

    /** The columns of the case register by field, each under the names offices give it (compared normalised). */
    public static final Map<String, List<String>> CASE_COLUMNS = caseColumns();
    /** The columns of the screening ledger by field (the export's own names among them, so a file round-trips). */
    public static final Map<String, List<String>> LEDGER_COLUMNS = ledgerColumns();

    private static Map<String, List<String>> caseColumns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("caseNumber", List.of("案号", "卷号", "案件编号", "调解案号", "案卷号", "编号", "caseNumber"));
        c.put("receivedDate", List.of("受理时间", "受理日期", "登记日期", "登记时间", "申请日期", "收案日期", "日期", "receivedDate"));
        c.put("unit", List.of("村（居）", "村（社区）", "村居", "所属村（居）", "所属村（社区）", "村（居）名称", "单位", "调解组织", "村名",
                "发生地", "unit"));
        c.put("grid", List.of("网格", "微网格", "所属网格", "grid"));
        c.put("disputeType", List.of("纠纷类型", "纠纷类别", "类别", "类型", "案由", "案件类型", "disputeType"));
        c.put("source", List.of("来源", "案件来源", "纠纷来源", "source"));
        c.put("summary", List.of("纠纷简要情况", "简要案情", "案情摘要", "纠纷事实", "主要事实", "纠纷情况", "基本情况", "摘要", "summary"));
        c.put("requests", List.of("申请事项", "当事人请求", "请求事项", "requests"));
        c.put("peopleInvolved", List.of("涉及人数", "人数", "peopleInvolved"));
        c.put("amountInvolved", List.of("涉及金额（元）", "涉及金额", "金额（元）", "金额", "标的额", "争议金额", "amountInvolved"));
        c.put("riskLevel", List.of("风险等级", "风险", "riskLevel"));
        c.put("mediator", List.of("调解员", "承办人", "承办调解员", "主持调解员", "mediator"));
        c.put("parties", List.of("当事人", "当事人姓名", "双方当事人", "parties"));
        c.put("applicant", List.of("申请人", "申请人/姓名", "申请人姓名", "applicant"));
        c.put("applicantId", List.of("申请人/身份证号", "申请人/身份证号码", "申请人身份证号", "申请人身份证号码", "applicantIdNumber"));
        c.put("applicantPhone", List.of("申请人/电话", "申请人/联系电话", "申请人联系电话", "申请人电话", "applicantPhone"));
        c.put("respondent", List.of("被申请人", "被申请人/姓名", "被申请人姓名", "respondent"));
        c.put("respondentId", List.of("被申请人/身份证号", "被申请人/身份证号码", "被申请人身份证号", "被申请人身份证号码", "respondentIdNumber"));
        c.put("respondentPhone", List.of("被申请人/电话", "被申请人/联系电话", "被申请人联系电话", "被申请人电话", "respondentPhone"));
        c.put("result", List.of("调解结果", "化解结果", "调处结果", "结果", "是否成功", "result"));
        c.put("level", List.of("调解层级", "层级", "调解级别", "化解层级", "level"));
        c.put("concludedDate", List.of("调结日期", "调结时间", "结案日期", "结案时间", "办结日期", "化解日期", "协议日期", "concludedDate"));
        c.put("agreementAmount", List.of("协议金额（元）", "协议金额", "履行金额", "agreementAmount"));
        return Collections.unmodifiableMap(c);
    }

    private static Map<String, List<String>> ledgerColumns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("date", List.of("排查日期", "排查时间", "日期", "时间", "date"));
        c.put("unitGrid", List.of("单位/网格", "排查单位", "单位", "村（居）", "村（社区）", "村居", "所属村（居）", "unit"));
        c.put("grid", List.of("网格", "微网格", "grid"));
        c.put("disputeType", List.of("纠纷类型", "纠纷类别", "类别", "类型", "案由", "disputeType"));
        c.put("parties", List.of("当事人", "当事人姓名", "双方当事人", "parties"));
        c.put("summary", List.of("纠纷简要情况", "矛盾纠纷简要情况", "简要情况", "纠纷情况", "主要问题", "摘要", "summary"));
        c.put("peopleInvolved", List.of("涉及人数", "人数", "peopleInvolved"));
        c.put("amountInvolved", List.of("涉及金额（元）", "涉及金额", "金额（元）", "金额", "amountInvolved"));
        c.put("riskLevel", List.of("风险等级", "风险", "riskLevel"));
        c.put("measures", List.of("化解措施", "稳控措施", "措施", "measures"));
        c.put("status", List.of("化解结果", "化解情况", "处理结果", "调处结果", "结果", "状态", "result"));
        c.put("notes", List.of("备注", "notes"));
        c.put("caseNumber", List.of("转案案号", "立案案号", "调解案号", "案号", "caseNumber"));
        return Collections.unmodifiableMap(c);
    }

    public static Map<String, List<String>> columns(Kind kind) {
        return kind == Kind.CASES ? CASE_COLUMNS : LEDGER_COLUMNS;
    }

    /** The fields a file of the kind cannot be read without. */
    private static List<String> required(Kind kind) {
        return kind == Kind.CASES ? List.of("receivedDate", "summary") : List.of("date", "unitGrid");
    }

    private final CaseService cases;
    private final PathService path;
    private final ScreeningService screening;
    private final ReferenceService reference;
    private final SettingsService settings;
    private final Transactions transactions;

    public RegisterImport(CaseService cases, PathService path, ScreeningService screening, ReferenceService reference,
                          SettingsService settings, Transactions transactions) {
        this.cases = cases;
        this.path = path;
        this.screening = screening;
        this.reference = reference;
        this.settings = settings;
        this.transactions = transactions;
    }

    /** The columns the clerk mapped by hand on earlier files of the kind (normalised column name -> field). */
    public Map<String, String> rememberedMapping(Kind kind) {
        return settings.importMapping(kind.name());
    }

    /** Remembers columns mapped by hand (column name as written -> field) for the next file of the kind. */
    public void rememberMapping(Kind kind, Map<String, String> byName) {
        Map<String, String> all = new TreeMap<>(settings.importMapping(kind.name()));
        List<Problem> problems = new ArrayList<>();
        byName.forEach((name, field) -> {
            if (!columns(kind).containsKey(field)) {
                problems.add(Problem.error("mapping", "error.import.unknownField", name, field, String.join(", ", columns(kind).keySet())));
            } else if (!Sheets.normalise(name).isEmpty()) {
                all.put(Sheets.normalise(name), field);
            }
        });
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        settings.setImportMapping(kind.name(), all);
    }

    /** Remembers names read as the ledger's own (field -> workbook's name -> ledger's name) for the next files. */
    public void rememberNames(Map<String, Map<String, String>> names) {
        checkNames(names, reference.load());
        Map<String, Map<String, String>> all = new TreeMap<>();
        settings.importNames().forEach((f, m) -> all.put(f, new TreeMap<>(m)));
        names.forEach((f, m) -> all.computeIfAbsent(f, k -> new TreeMap<>()).putAll(m));
        settings.setImportNames(all);
    }

    /** The fields whose names the ledger lacks may be added to it from an import (villages, dispute types). */
    public static final List<String> CREATABLE_FIELDS = List.of("unit", "disputeType");

    /**
     * Adds to the ledger the villages and dispute types a plan listed as lacking (field -> names), in one transaction:
     * a village (社区 by its name: a community) set up on the first day the file has for it, so the file's rows fall
     * within its life; a type at the end of the active list. Adding is reference work: the role must be allowed it.
     * Plan the file again afterwards.
     */
    public void createNames(Plan plan, Map<String, Set<String>> names) {
        settings.session().require(org.mediationledger.model.Permission.IMPORT_REGISTERS);
        List<Problem> bad = new ArrayList<>();
        names.forEach((field, n) -> n.forEach(name -> {
            if (!CREATABLE_FIELDS.contains(field) || !plan.unknownNames().getOrDefault(field, Set.of()).contains(name)) {
                bad.add(Problem.error("mapping", "error.import.notLacking", name));
            }
        }));
        if (!bad.isEmpty()) {
            throw new ValidationException(bad);
        }
        transactions.inOne(() -> {
            ReferenceData ref = reference.load();
            int unitOrder = ref.units().stream().mapToInt(u -> u.sortOrder()).max().orElse(0);
            for (String name : names.getOrDefault("unit", Set.of())) {
                reference.saveUnit(new org.mediationledger.model.Unit(null, name, name.endsWith("社区") || name.endsWith("居委会")
                        ? org.mediationledger.model.UnitKind.COMMUNITY : org.mediationledger.model.UnitKind.VILLAGE, ++unitOrder, 0,
                        plan.firstDays.get(name), null));
            }
            UUID list = ref.activeList().map(l -> l.id()).orElse(null);
            int typeOrder = ref.activeTypes().stream().mapToInt(t -> t.sortOrder()).max().orElse(0);
            for (String name : names.getOrDefault("disputeType", Set.of())) {
                reference.saveType(new org.mediationledger.model.DisputeType(null, list, name, ++typeOrder, 0));
            }
            return null;
        });
    }

    /** Each name is read as one the ledger has, in a field that takes names; otherwise one sentence each. */
    private static void checkNames(Map<String, Map<String, String>> names, ReferenceData ref) {
        List<Problem> bad = new ArrayList<>();
        names.forEach((field, m) -> m.forEach((name, ours) -> {
            boolean known = switch (field) {
                case "unit" -> ref.units().stream().anyMatch(u -> u.name().equals(ours));
                case "grid" -> ref.grids().stream().anyMatch(g -> g.name().equals(ours));
                case "disputeType" -> ref.activeTypes().stream().anyMatch(t -> t.name().equals(ours));
                case "mediator" -> ref.staff().stream().anyMatch(x -> x.name().equals(ours));
                default -> false;
            };
            if (!known) {
                bad.add(Problem.error("mapping", "error.import.unknownTarget", name, ours));
            }
        }));
        if (!bad.isEmpty()) {
            throw new ValidationException(bad);
        }
    }

    /** Reads and checks the file against the ledger; nothing is saved. */
    public Plan plan(Path file, Kind kind) {
        return plan(file, kind, Map.of());
    }

    /**
     * As plan(file, kind), with columns mapped by hand for this file (column name as written -> field) beside those
     * remembered from earlier files.
     */
    public Plan plan(Path file, Kind kind, Map<String, String> mappedNow) {
        return plan(file, kind, mappedNow, Map.of());
    }

    /** The fields whose names in a workbook may be read as one of the ledger's own (东山 as 东山村). */
    public static final List<String> NAMED_FIELDS = List.of("unit", "grid", "disputeType", "mediator");

    /**
     * As plan(file, kind, mappedNow), with names read as the ledger's own for this file (field -> name in the workbook
     * -> the ledger's name) beside those remembered from earlier files.
     */
    public Plan plan(Path file, Kind kind, Map<String, String> mappedNow, Map<String, Map<String, String>> namesNow) {
        settings.session().require(org.mediationledger.model.Permission.IMPORT_REGISTERS);
        Map<String, String> mapping = new HashMap<>(rememberedMapping(kind));
        List<Problem> bad = new ArrayList<>();
        mappedNow.forEach((name, field) -> {
            if (!columns(kind).containsKey(field)) {
                bad.add(Problem.error("mapping", "error.import.unknownField", name, field, String.join(", ", columns(kind).keySet())));
            }
            mapping.put(Sheets.normalise(name), field);
        });
        if (!bad.isEmpty()) {
            throw new ValidationException(bad);
        }
        List<List<String>> rows;
        try {
            rows = Sheets.read(file);
        } catch (IOException e) {
            throw new ValidationException(List.of(Problem.error("file", "import.unreadable", file.getFileName().toString())));
        }
        Sheets.Header h = Sheets.header(rows, columns(kind), mapping)
                .filter(x -> required(kind).stream().allMatch(x.columns()::containsKey))
                .orElseThrow(() -> new ValidationException(List.of(Problem.error("file", "import.register.noHeader",
                        String.join("、", required(kind).stream().map(f -> columns(kind).get(f).get(0)).toList())))));
        Map<String, String> understood = new LinkedHashMap<>();
        h.columns().keySet().forEach(f -> understood.put(f, h.title(f)));
        ReferenceData ref = reference.load();
        Map<String, Map<String, String>> names = new HashMap<>();
        settings.importNames().forEach((f, m) -> names.put(f, new HashMap<>(m)));
        checkNames(namesNow, ref);
        namesNow.forEach((f, m) -> names.computeIfAbsent(f, k -> new HashMap<>()).putAll(m));
        Planner p = kind == Kind.CASES ? new CasePlanner(ref) : new LedgerPlanner(ref);
        p.names = names;
        List<Line> lines = new ArrayList<>();
        for (int r = h.row() + 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            lines.add(p.line(r + 1, h, cells));
        }
        Map<String, List<String>> choices = new LinkedHashMap<>();
        choices.put("unit", ref.units().stream().filter(u -> !u.retired()).map(u -> u.name()).toList());
        // grids a village at a time, in the villages' order
        List<UUID> unitOrder = ref.units().stream().map(u -> u.id()).toList();
        choices.put("grid", ref.grids().stream().sorted(java.util.Comparator.comparingInt((org.mediationledger.model.MicroGrid g) ->
                unitOrder.indexOf(g.unitId())).thenComparingInt(g -> g.sortOrder())).map(g -> g.name()).distinct().toList());
        choices.put("disputeType", ref.activeTypes().stream().map(t -> t.name()).toList());
        choices.put("mediator", ref.staff().stream().map(x -> x.name()).distinct().toList());
        return new Plan(kind, file, lines, understood, h.unknown(), p.unknownNames, choices, rows, h.row(), p.work(), p.firstDays);
    }

    /** Cases saved together in one write of each table (within the import's one transaction). */
    private static final int BATCH = 500;

    /** One row's saving: a round is saved at once; a case is checked and added to the batch (saved BATCH at a time). */
    @FunctionalInterface
    interface Work {
        void save(ReferenceData ref, List<CaseRepository.Imported> batch);
    }

    /** Told how far an import has come; answers false to stop it (then nothing is saved). */
    @FunctionalInterface
    public interface Progress {
        boolean onward(int done, int total);
    }

    /** Saves the plan's new rows in one transaction (all or none); the rows with problems are left out. */
    public Result apply(Plan plan) {
        return apply(plan, (done, total) -> true);
    }

    /**
     * As apply(plan), telling progress before each saved row (a case with its path, or a round); when progress answers
     * false the transaction is undone and java.util.concurrent.CancellationException thrown: nothing is saved.
     */
    public Result apply(Plan plan, Progress progress) {
        settings.session().require(org.mediationledger.model.Permission.IMPORT_REGISTERS);
        int[] counts = new int[3];
        int total = plan.work.size();
        transactions.inOne(() -> {
            // the rows are checked again as they are saved, against the reference data as it is now (read once); cases
            // are saved BATCH at a time, each batch's rows written together
            ReferenceData ref = reference.load();
            List<CaseRepository.Imported> batch = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                if (!progress.onward(i, total)) {
                    throw new java.util.concurrent.CancellationException("import stopped at " + i + " of " + total);
                }
                plan.work.get(i).save(ref, batch);
                if (batch.size() >= BATCH || i == total - 1 && !batch.isEmpty()) {
                    cases.registerImported(batch, ref);
                    batch.clear();
                }
            }
            progress.onward(total, total);
            return null;
        });
        if (plan.kind() == Kind.CASES) {
            counts[0] = (int) plan.count(Outcome.NEW);
        } else {
            counts[1] = plan.work.size();
            counts[2] = (int) plan.lines().stream().filter(l -> l.outcome() == Outcome.NEW && !l.key().endsWith(" · 0")).count();
        }
        return new Result(counts[0], counts[1], counts[2]);
    }

    /** The rows that could not be imported, as they were, with a column of their problems: to fix and import again. */
    public static void writeErrors(Plan plan, Path out, org.mediationledger.model.Messages m) {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(plan.rows().get(plan.headerRow()));
        head.add(m.get("import.errors.column"));
        rows.add(head);
        for (Line l : plan.lines()) {
            if (l.outcome() != Outcome.ERROR) {
                continue;
            }
            List<String> cells = new ArrayList<>(plan.rows().get(l.row() - 1));
            while (cells.size() < head.size() - 1) {
                cells.add("");
            }
            cells.add(String.join("；", l.problems().stream().map(p -> m.fieldLabel(p.field()) + "：" + m.problem(p)).toList()));
            rows.add(cells);
        }
        Sheets.write(out, m.get("import.errors.sheet"), rows, 16);
    }

    /** An empty workbook with the standard headers of the kind (下载导入模板). */
    public static void writeTemplate(Kind kind, Path out, org.mediationledger.model.Messages m) {
        Sheets.write(out, m.get("import.template." + kind.name()),
                List.of(columns(kind).values().stream().map(names -> names.get(0)).toList()), 16);
    }

    /** The columns the case register is exported under (the template's; no ID numbers or phones: those stay masked). */
    static final List<String> EXPORTED_CASE_FIELDS = List.of("caseNumber", "receivedDate", "unit", "grid", "disputeType", "source",
            "summary", "requests", "peopleInvolved", "amountInvolved", "riskLevel", "mediator", "applicant", "respondent", "result",
            "level", "concludedDate", "agreementAmount");

    /**
     * The case register of the cases received from..to in the import's own layout (issue 19: a file that round-trips):
     * each case with its parties by role, and its result where it has one — the level and day it was concluded and the
     * agreement's amount. Returns how many cases were written.
     */
    public int exportCases(LocalDate from, LocalDate to, Path out, org.mediationledger.model.Messages m) {
        ReferenceData ref = reference.load();
        List<List<String>> rows = new ArrayList<>();
        CaseFilter filter = new CaseFilter(null, null, null, null, from, to, null);
        for (int offset = 0; ; offset += 500) {
            var page = cases.search(filter, offset, 500);
            for (CaseSummary sum : page.rows()) {
                MediationCase c = cases.get(sum.id()).orElse(null);
                if (c == null) {
                    continue;
                }
                CaseDraft d = c.draft();
                var p = path.path(c.id());
                MediationAttempt success = p.attempts().stream().filter(a -> a.result() == AttemptResult.SUCCESS).findFirst().orElse(null);
                MediationAttempt last = p.attempts().isEmpty() ? null : p.attempts().get(p.attempts().size() - 1);
                String result = success != null || p.agreement() != null ? LABELS.label(AttemptResult.SUCCESS)
                        : p.termination() != null ? LABELS.label(AttemptResult.FAILURE) : "";
                MediationAttempt at = success != null ? success : p.termination() != null ? last : null;
                LocalDate concluded = p.agreement() != null ? p.agreement().reachedDate() : success != null ? success.date()
                        : p.termination() != null ? p.termination().date() : null;
                rows.add(List.of(c.caseNumber(), d.receivedDate().toString(),
                        d.unitId() == null ? "" : ref.unit(d.unitId()).map(u -> u.name()).orElse(""),
                        d.gridId() == null ? "" : ref.grid(d.gridId()).map(g -> g.name()).orElse(""),
                        d.disputeTypeId() == null ? "" : ref.type(d.disputeTypeId()).map(t -> t.name()).orElse(""),
                        d.source() == null ? "" : LABELS.label(d.source()), nz(d.summary()), nz(d.requests()),
                        d.peopleInvolved() == null ? "" : d.peopleInvolved().toString(), plain(d.amountInvolved()),
                        d.riskLevel() == null ? "" : LABELS.label(d.riskLevel()),
                        d.mediatorId() == null ? "" : ref.staffMember(d.mediatorId()).map(x -> x.name()).orElse(""),
                        names(d, PartyRole.APPLICANT), names(d, PartyRole.RESPONDENT), result,
                        at == null || result.isEmpty() ? "" : LABELS.label(at.level()), concluded == null ? "" : concluded.toString(),
                        p.agreement() == null ? "" : plain(p.agreement().amount())));
            }
            if (page.rows().size() < 500) {
                break;
            }
        }
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(EXPORTED_CASE_FIELDS.stream().map(f -> CASE_COLUMNS.get(f).get(0)).toList());
        rows.forEach(r -> sheet.add(r.stream().map(org.mediationledger.model.SpreadsheetCell::safe).toList()));
        Sheets.write(out, m.get("import.template.CASES"), sheet, 16);
        return rows.size();
    }

    private static String names(CaseDraft d, PartyRole role) {
        return String.join("、", d.parties().stream().filter(p -> p.role() == role).map(Party::name).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Reads rows of one kind into lines and the work that saves the new ones. */
    private abstract class Planner {
        final ReferenceData ref;
        final Map<String, Set<String>> unknownNames = new LinkedHashMap<>();
        final Map<String, LocalDate> firstDays = new HashMap<>();
        /** Names read as the ledger's own: field -> workbook's name -> ledger's name. */
        Map<String, Map<String, String>> names = Map.of();

        Planner(ReferenceData ref) {
            this.ref = ref;
        }

        /** The ledger's name for a name in the workbook (mapped by hand now or before), or the name itself. */
        String ours(String field, String name) {
            return names.getOrDefault(field, Map.of()).getOrDefault(name, name);
        }

        abstract Line line(int row, Sheets.Header h, List<String> cells);

        abstract List<Work> work();

        UUID unit(String name, String field, List<Problem> problems) {
            if (name.isEmpty()) {
                problems.add(Problem.error(field, "error.required"));
                return null;
            }
            String n = ours("unit", name.strip());
            return ref.units().stream().filter(u -> u.name().equals(n) || u.name().equals(n + "村")).map(u -> u.id()).findFirst()
                    .orElseGet(() -> unknown(field, n, problems));
        }

        UUID grid(String name, UUID unit, List<Problem> problems) {
            if (name.isEmpty() || unit == null) {
                return null;
            }
            String n = ours("grid", name);
            return ref.grids().stream().filter(g -> g.unitId().equals(unit) && (g.name().equals(n) || g.name().endsWith(n)))
                    .map(g -> g.id()).findFirst().orElseGet(() -> unknown("grid", name, problems));
        }

        UUID type(String written, String field, List<Problem> problems) {
            if (written.isEmpty()) {
                return null;
            }
            String name = ours("disputeType", written);
            // 邻里纠纷 is the type 邻里: offices write the word 纠纷 after the type's name, or not
            return ref.activeTypes().stream().filter(t -> t.name().equals(name) || (t.name() + "纠纷").equals(name)
                            || t.name().equals(name + "纠纷"))
                    .map(t -> t.id()).findFirst().orElseGet(() -> unknown(field, written, problems));
        }

        /** A village the ledger lacks: the first day the file has for it is kept (a new village is set up then). */
        void lacking(String unitName, UUID unit, LocalDate day) {
            if (unit == null && day != null && !unitName.isBlank()) {
                firstDays.merge(ours("unit", unitName.strip()), day, (a, b) -> a.isBefore(b) ? a : b);
            }
        }

        UUID unknown(String field, String name, List<Problem> problems) {
            unknownNames.computeIfAbsent(field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field, k -> new TreeSet<>()).add(name);
            problems.add(Problem.error(field, "error.import.unknownName", name));
            return null;
        }

        LocalDate date(String text, String field, List<Problem> problems, boolean required) {
            if (text.isEmpty()) {
                if (required) {
                    problems.add(Problem.error(field, "error.required"));
                }
                return null;
            }
            return Sheets.date(text).orElseGet(() -> {
                problems.add(Problem.error(field, "error.import.badDate", text));
                return null;
            });
        }

        Integer count(String text, String field, List<Problem> problems) {
            if (text.isEmpty()) {
                return null;
            }
            String t = text.replace("人", "").replace(",", "").strip();
            try {
                return new BigDecimal(t).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                problems.add(Problem.error(field, "error.import.badNumber", text));
                return null;
            }
        }

        BigDecimal amount(String text, String field, List<Problem> problems) {
            if (text.isEmpty()) {
                return null;
            }
            String t = text.replace("元", "").replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").strip();
            try {
                BigDecimal v = new BigDecimal(t);
                if (text.contains("万")) {
                    v = v.multiply(BigDecimal.valueOf(10_000));
                }
                return v;
            } catch (NumberFormatException e) {
                if (text.contains("万")) {
                    try {
                        return new BigDecimal(t.replace("万", "")).multiply(BigDecimal.valueOf(10_000));
                    } catch (NumberFormatException ignored) {
                        // falls through to the sentence
                    }
                }
                problems.add(Problem.error(field, "error.import.badNumber", text));
                return null;
            }
        }

        RiskLevel risk(String text, String field, List<Problem> problems) {
            if (text.isEmpty()) {
                return RiskLevel.YELLOW;
            }
            for (RiskLevel r : RiskLevel.values()) {
                String label = LABELS.label(r);
                if (text.equals(r.name()) || text.equalsIgnoreCase(r.name()) || text.equals(label) || label.startsWith(text)
                        || text.startsWith(label.substring(0, 1)) && text.length() <= 2) {
                    return r;
                }
            }
            problems.add(Problem.error(field, "error.import.badValue", text));
            return null;
        }
    }

    /** The Chinese labels of the values (a workbook is read in the language it was written in). */
    private static final org.mediationledger.model.Messages LABELS = org.mediationledger.model.Messages.forLanguage("zh");
    private static final org.mediationledger.model.Messages EN = org.mediationledger.model.Messages.forLanguage("en");

    /** Names in one cell, as offices separate them: 张三、李四 / 张三，李四 / 张三;李四 / 张三 李四. */
    static List<String> names(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String n : cell.split("[、，,；;/\\s\\n]+")) {
            String t = n.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** A row's identity by day, place and parties (the names sorted, so the order they were written in does not matter). */
    static String key(LocalDate day, String unit, List<String> names) {
        return key(day == null ? "?" : day.toString(), unit, names);
    }

    /** As key(day, …) with the day as written when it is no date (the row's problem says so). */
    static String key(String day, String unit, List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        Collections.sort(sorted);
        // an empty part is left out (a register without villages reads 2026-10-12 · 甲某、乙某)
        return String.join(" · ", java.util.stream.Stream.of(day, unit == null ? "" : unit.strip(), String.join("、", sorted))
                .filter(x -> !x.isEmpty()).toList());
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern LAST_DIGITS = Pattern.compile("(\\d+)\\D*$");

    /** The year and place in the year's series a case number of an old register carries: (2023)…第015号, 2023-15 … */
    static int[] yearAndSeq(String number, LocalDate received) {
        Matcher y = YEAR.matcher(number);
        Integer year = null;
        int yearEnd = -1;
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
            yearEnd = y.end();
        }
        Matcher s = LAST_DIGITS.matcher(number);
        if (!s.find() || s.start(1) < yearEnd) {
            return null;
        }
        if (year == null) {
            if (received == null) {
                return null;
            }
            year = received.getYear();
        }
        int seq;
        try {
            seq = Integer.parseInt(s.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        return seq < 1 ? null : new int[] {year, seq};
    }

    private final class CasePlanner extends Planner {
        /** Cases with a number first, then those without: a new number is never one a later row of the file carries. */
        private final List<Work> numbered = new ArrayList<>();
        private final List<Work> unnumbered = new ArrayList<>();
        private final Map<String, Integer> seenKeys = new HashMap<>();
        private Map<String, Boolean> present;
        /** The ledger's case numbers and taken places in its series, read once for the whole file. */
        private Set<String> numbers;
        private Set<Long> taken;

        CasePlanner(ReferenceData ref) {
            super(ref);
        }

        @Override
        List<Work> work() {
            List<Work> all = new ArrayList<>(numbered);
            all.addAll(unnumbered);
            return all;
        }

        /** The keys (day · unit · parties) of the cases already in the ledger, read once. */
        private boolean presentByKey(String key) {
            if (present == null) {
                present = new HashMap<>();
                for (int offset = 0; ; offset += 1000) {
                    var page = cases.search(CaseFilter.all(), offset, 1000);
                    for (CaseSummary c : page.rows()) {
                        List<String> all = new ArrayList<>(names(c.applicants()));
                        all.addAll(names(c.respondents()));
                        present.put(key(c.receivedDate(), c.unitName(), all), true);
                    }
                    if (page.rows().size() < 1000) {
                        break;
                    }
                }
            }
            return present.containsKey(key);
        }

        @Override
        Line line(int row, Sheets.Header h, List<String> cells) {
            List<Problem> problems = new ArrayList<>();
            String unitName = h.cell(cells, "unit");
            UUID unit = unitName.isEmpty() ? null : unit(unitName, "unit", problems);
            UUID grid = grid(h.cell(cells, "grid"), unit, problems);
            UUID type = type(h.cell(cells, "disputeType"), "disputeType", problems);
            LocalDate received = date(h.cell(cells, "receivedDate"), "receivedDate", problems, true);
            lacking(unitName, unit, received);
            String mediatorName = h.cell(cells, "mediator");
            UUID mediator = mediatorName.isEmpty() ? null : ref.staff().stream().filter(s -> s.name().equals(ours("mediator", mediatorName)))
                    .map(s -> s.id()).findFirst().orElseGet(() -> unknown("mediator", mediatorName, problems));
            CaseSource source = source(h.cell(cells, "source"), problems);
            List<Party> parties = new ArrayList<>();
            List<String> applicants = names(h.cell(cells, "applicant"));
            List<String> respondents = names(h.cell(cells, "respondent"));
            if (applicants.isEmpty() && respondents.isEmpty()) {
                List<String> all = names(h.cell(cells, "parties"));
                if (!all.isEmpty()) {
                    applicants = all.subList(0, 1);
                    respondents = all.subList(1, all.size());
                }
            }
            for (int i = 0; i < applicants.size(); i++) {
                parties.add(party(PartyRole.APPLICANT, applicants.get(i), i == 0 ? h.cell(cells, "applicantId") : "",
                        i == 0 ? h.cell(cells, "applicantPhone") : ""));
            }
            for (int i = 0; i < respondents.size(); i++) {
                parties.add(party(PartyRole.RESPONDENT, respondents.get(i), i == 0 ? h.cell(cells, "respondentId") : "",
                        i == 0 ? h.cell(cells, "respondentPhone") : ""));
            }
            String summary = h.cell(cells, "summary");
            // a register without 涉及人数 involves the parties it names
            Integer people = count(h.cell(cells, "peopleInvolved"), "peopleInvolved", problems);
            if (people == null && h.cell(cells, "peopleInvolved").isEmpty() && !parties.isEmpty()) {
                people = parties.size();
            }
            CaseDraft draft = new CaseDraft(source, type, unit, grid, summary, blankToNull(h.cell(cells, "requests")), people,
                    amount(h.cell(cells, "amountInvolved"), "amountInvolved", problems),
                    risk(h.cell(cells, "riskLevel"), "riskLevel", problems), received, mediator, parties);
            if (problems.isEmpty()) {
                cases.check(draft, ref).stream().filter(Problem::blocking).forEach(problems::add);
            }
            // the result, if the sheet has one: an attempt at its level on the day it was concluded, and for a success
            // the agreement with its amount; a failure ends the mediation (调解终结) that day
            String resultText = h.cell(cells, "result");
            AttemptResult result = resultText.isEmpty() ? null : result(resultText, problems);
            MediationLevel level = level(h.cell(cells, "level"), problems);
            LocalDate concluded = date(h.cell(cells, "concludedDate"), "concludedDate", problems, false);
            BigDecimal agreed = amount(h.cell(cells, "agreementAmount"), "agreementAmount", problems);
            if (result != null && concluded == null) {
                concluded = received;
            }
            MediationAttempt attempt = result == null ? null
                    : new MediationAttempt(null, level, MediationKind.PEOPLES, concluded, null, mediator == null ? List.of() : List.of(mediator),
                    null, null, null, null, result, null);
            Agreement agreement = result != AttemptResult.SUCCESS ? null
                    : new Agreement(null, true, concluded, null, LABELS.get("import.agreementTerms"), agreed, null, null, null, null, null,
                    null, null, null);
            if (attempt != null && received != null) {
                PathValidator.attempt(attempt, received, cases.today()).stream().map(p -> p.field().equals("date")
                        ? Problem.error("concludedDate", p.messageKey(), p.args().toArray()) : p).forEach(problems::add);
                if (agreement != null) {
                    PathValidator.agreement(agreement, received, cases.today()).stream()
                            .filter(p -> !p.field().equals("reachedDate")).forEach(problems::add);
                }
            }
            // its identity: the number it carries, or day · unit · parties
            String number = h.cell(cells, "caseNumber");
            List<String> partyNames = parties.stream().map(Party::name).toList();
            String key = number.isEmpty() ? (received == null ? key(h.cell(cells, "receivedDate"), unitName, partyNames)
                    : key(received, unitName, partyNames)) : number;
            int[] ys = number.isEmpty() ? null : yearAndSeq(number, received);
            if (!number.isEmpty() && ys == null) {
                problems.add(Problem.error("caseNumber", "error.import.badNumber", number));
            }
            Integer earlier = seenKeys.putIfAbsent(key, row);
            if (earlier != null) {
                problems.add(Problem.error(number.isEmpty() ? "parties" : "caseNumber", "error.import.sameAsRow", earlier));
            }
            if (problems.stream().anyMatch(Problem::blocking)) {
                return new Line(row, Outcome.ERROR, key, problems.stream().filter(Problem::blocking).toList());
            }
            if (numbers == null) {
                numbers = cases.allNumbers();
                taken = cases.takenSeqs();
            }
            boolean already = number.isEmpty() ? presentByKey(key) : numbers.contains(number);
            if (already) {
                return new Line(row, Outcome.PRESENT, key, List.of());
            }
            if (ys != null && taken.contains(ys[0] * 1_000_000L + ys[1])) {
                return new Line(row, Outcome.ERROR, key, List.of(Problem.error("caseNumber", "error.import.numberTaken", number)));
            }
            MediationAttempt a = attempt;
            Agreement g = agreement;
            LocalDate end = concluded;
            (ys == null ? unnumbered : numbered).add((now, batch) -> {
                Termination stop = a == null || g != null ? null : new Termination(end, LABELS.get("import.terminationReason"));
                List<FieldChange> steps = a == null ? List.of() : path.importedResult(draft.mediatorId(), draft.receivedDate(), a, g, stop);
                batch.add(new CaseRepository.Imported(draft, ys == null ? null : number, ys == null ? 0 : ys[0], ys == null ? 0 : ys[1],
                        a, g, stop, steps));
            });
            return new Line(row, Outcome.NEW, key, List.of());
        }

        private Party party(PartyRole role, String name, String id, String phone) {
            return new Party(null, role, name, null, null, null, null, null, blankToNull(phone), null, blankToNull(id));
        }

        private CaseSource source(String text, List<Problem> problems) {
            if (text.isEmpty()) {
                return CaseSource.PARTY_APPLICATION;
            }
            for (CaseSource s : CaseSource.values()) {
                String label = LABELS.label(s);
                if (text.equals(s.name()) || text.equals(label) || label.contains(text) || text.contains(label)) {
                    return s;
                }
            }
            problems.add(Problem.error("source", "error.import.badValue", text));
            return null;
        }

        private AttemptResult result(String text, List<Problem> problems) {
            String t = text.replace(" ", "");
            if (t.matches(".*(不成|未成功|失败|未达成|终结|终止|未化解|否).*")) {
                return AttemptResult.FAILURE;
            }
            if (t.matches(".*(成功|达成|已化解|化解|调结|是).*") || t.equalsIgnoreCase("SUCCESS")) {
                return AttemptResult.SUCCESS;
            }
            if (t.equalsIgnoreCase("FAILURE")) {
                return AttemptResult.FAILURE;
            }
            problems.add(Problem.error("result", "error.import.badValue", text));
            return null;
        }

        private MediationLevel level(String text, List<Problem> problems) {
            if (text.isEmpty() || text.contains("村") || text.contains("居") || text.contains("社区")) {
                return MediationLevel.VILLAGE;
            }
            if (text.contains("镇") || text.contains("乡") || text.contains("街道")) {
                return MediationLevel.TOWNSHIP;
            }
            if (text.contains("司法") || text.contains("所")) {
                return MediationLevel.JUDICIAL;
            }
            for (MediationLevel l : MediationLevel.values()) {
                if (text.equalsIgnoreCase(l.name())) {
                    return l;
                }
            }
            problems.add(Problem.error("level", "error.import.badValue", text));
            return MediationLevel.VILLAGE;
        }
    }

    private final class LedgerPlanner extends Planner {
        /** New findings by round: day · unit · grid -> the round's findings (a zero report has none). */
        private final Map<String, List<Finding>> rounds = new LinkedHashMap<>();
        private final Map<String, ScreeningRound> roundHeads = new LinkedHashMap<>();
        private final Map<String, Integer> seenKeys = new HashMap<>();
        private final Map<String, Boolean> present = new HashMap<>();
        private LocalDate loadedFrom;
        private LocalDate loadedTo;

        LedgerPlanner(ReferenceData ref) {
            super(ref);
        }

        @Override
        List<Work> work() {
            List<Work> out = new ArrayList<>();
            roundHeads.forEach((k, head) -> {
                ScreeningRound r = new ScreeningRound(null, head.date(), head.unitId(), head.gridId(), head.kind(), null, List.of(),
                        head.notes(), rounds.get(k), 0);
                out.add((now, batch) -> screening.record(r));
            });
            return out;
        }

        /** The findings (and zero reports) of the ledger on that day, keyed as the file's rows are. */
        private boolean present(String key, LocalDate day) {
            if (loadedFrom == null || day.isBefore(loadedFrom) || day.isAfter(loadedTo)) {
                loadedFrom = day.withDayOfYear(1);
                loadedTo = day.withDayOfYear(day.lengthOfYear());
                present.clear();
                for (var r : screening.ledger(loadedFrom, loadedTo, null)) {
                    String unit = r.unit();
                    List<String> names = new ArrayList<>();
                    for (String p : names(r.parties())) {
                        if (!p.contains("*")) {
                            names.add(p);
                        }
                    }
                    String k = key(r.date(), unit, r.findingId() == null ? List.of() : names) + (r.findingId() == null ? " · 0" : "");
                    present.put(r.findingId() != null && names.isEmpty() ? k + " · " + r.summary() : k, true);
                }
            }
            return present.containsKey(key);
        }

        @Override
        Line line(int row, Sheets.Header h, List<String> cells) {
            List<Problem> problems = new ArrayList<>();
            String place = h.cell(cells, "unitGrid");
            String unitName = place;
            String gridName = h.cell(cells, "grid");
            int slash = place.indexOf('/');
            if (slash >= 0) {
                unitName = place.substring(0, slash).strip();
                gridName = gridName.isEmpty() ? place.substring(slash + 1).strip() : gridName;
            }
            UUID unit = unit(unitName, "unit", problems);
            UUID grid = grid(gridName, unit, problems);
            LocalDate day = date(h.cell(cells, "date"), "roundDate", problems, true);
            lacking(unitName, unit, day);
            String summary = h.cell(cells, "summary");
            // a zero report: no parties and no summary, or the summary the ledger gives a zero report (its kind in 化解结果)
            boolean zero = h.cell(cells, "parties").isEmpty() && (summary.isEmpty() || summary.equals(LABELS.get("ledger.zeroReport"))
                    || summary.equals(EN.get("ledger.zeroReport")) || summary.startsWith("零报告"));
            ScreeningKind kind = ScreeningKind.ROUTINE;
            if (zero) {
                String k = h.cell(cells, "status");
                for (ScreeningKind sk : ScreeningKind.values()) {
                    if (k.equals(sk.name()) || k.equals(LABELS.label(sk)) || k.equals(EN.label(sk))) {
                        kind = sk;
                    }
                }
            }
            List<FindingParty> parties = new ArrayList<>();
            for (String p : names(h.cell(cells, "parties"))) {
                if (p.contains("*")) {
                    continue; // a masked phone of an exported ledger: not a name, not a number to keep
                }
                if (p.matches("\\d[\\d-]{6,}")) {
                    if (!parties.isEmpty() && parties.get(parties.size() - 1).phone() == null) {
                        FindingParty last = parties.remove(parties.size() - 1);
                        parties.add(new FindingParty(last.name(), p));
                    }
                    continue;
                }
                parties.add(new FindingParty(p, null));
            }
            FindingStatus status = zero ? null : status(h.cell(cells, "status"), problems);
            // a finding that became a case is linked to that case, found by the number the row gives (import the case
            // register first); without a number it is imported as being resolved, and the row says so
            UUID becameCase = null;
            List<Problem> warnings = new ArrayList<>();
            if (status == FindingStatus.BECAME_CASE) {
                String number = h.cell(cells, "caseNumber");
                if (number.isEmpty()) {
                    status = FindingStatus.RESOLVING;
                    warnings.add(Problem.warning("findings[0].status", "warning.import.becameCaseWithoutNumber"));
                } else {
                    becameCase = cases.byNumber(number).map(MediationCase::id).orElse(null);
                    if (becameCase == null) {
                        problems.add(Problem.error("caseNumber", "error.import.noSuchCase", number));
                    }
                }
            }
            Finding finding = zero ? null : new Finding(null, summary, type(h.cell(cells, "disputeType"), "findings[0].disputeType", problems),
                    parties, count(h.cell(cells, "peopleInvolved"), "findings[0].peopleInvolved", problems),
                    amount(h.cell(cells, "amountInvolved"), "findings[0].amountInvolved", problems),
                    risk(h.cell(cells, "riskLevel"), "findings[0].riskLevel", problems), blankToNull(h.cell(cells, "measures")),
                    status, becameCase);
            String notes = blankToNull(h.cell(cells, "notes"));
            ScreeningRound one = new ScreeningRound(null, day, unit, grid, kind, null, List.of(), notes,
                    finding == null ? List.of() : List.of(finding), 0);
            if (problems.isEmpty()) {
                screening.check(one, ref).stream().filter(Problem::blocking).forEach(problems::add);
            }
            List<String> partyNames = parties.stream().map(FindingParty::name).toList();
            String key = (day == null ? key(h.cell(cells, "date"), unitName, partyNames) : key(day, unitName, partyNames)) + (zero ? " · 0" : "");
            if (!zero && parties.isEmpty()) {
                key = key + " · " + summary;
            }
            Integer earlier = seenKeys.putIfAbsent(key, row);
            if (earlier != null) {
                problems.add(Problem.error("findings[0].parties", "error.import.sameAsRow", earlier));
            }
            if (problems.stream().anyMatch(Problem::blocking)) {
                return new Line(row, Outcome.ERROR, key, problems.stream().filter(Problem::blocking).toList());
            }
            if (present(key, day)) {
                return new Line(row, Outcome.PRESENT, key, List.of());
            }
            String roundKey = day + "|" + unit + "|" + grid + (zero ? "|0" : "");
            roundHeads.putIfAbsent(roundKey, one);
            List<Finding> fs = rounds.computeIfAbsent(roundKey, k -> new ArrayList<>());
            if (finding != null) {
                fs.add(finding);
            }
            return new Line(row, Outcome.NEW, key, warnings);
        }

        private FindingStatus status(String text, List<Problem> problems) {
            if (text.isEmpty()) {
                return FindingStatus.MONITORING;
            }
            for (FindingStatus s : FindingStatus.values()) {
                if (text.equals(s.name()) || text.equals(LABELS.label(s))) {
                    return s;
                }
            }
            if (text.matches(".*(转案|转为案件|转入调解|已立案).*")) {
                return FindingStatus.BECAME_CASE;
            }
            if (text.matches(".*(已化解|化解成功|调解成功|成功|已解决|办结).*")) {
                return FindingStatus.RESOLVED;
            }
            if (text.matches(".*(化解中|处理中|调解中|正在).*")) {
                return FindingStatus.RESOLVING;
            }
            if (text.matches(".*(稳控|跟踪|关注).*")) {
                return FindingStatus.MONITORING;
            }
            problems.add(Problem.error("findings[0].status", "error.import.badValue", text));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
