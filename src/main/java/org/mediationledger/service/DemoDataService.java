package org.mediationledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseSource;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.Gender;
import org.mediationledger.model.IdNumber;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.Party;
import org.mediationledger.model.PartyRole;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.mediationledger.model.Unit;
import org.mediationledger.model.UnitKind;

/**
 * The demo township of the source report: 7 administrative villages and 1 residents' committee, 52 micro-grids,
 * one legal adviser per village, a few staff and a dozen example cases, so that no screen starts empty.
 */
public final class DemoDataService {
    public static final String TOWNSHIP = "青山镇";
    static final String[] UNITS = {"东山村", "西河村", "南岭村", "北坪村", "石桥村", "柳林村", "新田村", "镇中社区"};
    static final int[] GRIDS = {7, 7, 6, 6, 6, 6, 6, 8};

    private final ReferenceService reference;
    private final CaseService cases;
    private final ScreeningService screening;
    private final PathService path;
    private final SettingsService settings;

    public DemoDataService(ReferenceService reference, CaseService cases, ScreeningService screening, PathService path,
                           SettingsService settings) {
        this.path = path;
        this.reference = reference;
        this.cases = cases;
        this.screening = screening;
        this.settings = settings;
    }

    /** True for a data file nobody has set up yet (no township name, no units, no cases): the first start. */
    public boolean isEmpty() {
        ReferenceData ref = reference.load();
        return ref.township().isBlank() && ref.units().isEmpty() && cases.countAll() == 0;
    }

    public void load() {
        Random rnd = new Random(2021);
        settings.setTownship(TOWNSHIP);
        reference.ensureDefaultTypes();
        List<Unit> units = new ArrayList<>();
        List<MicroGrid> grids = new ArrayList<>();
        List<Staff> mediators = new ArrayList<>();
        String[] advisers = {"周律师", "吴律师", "郑律师", "王律师", "冯律师", "陈律师", "褚律师", "卫律师"};
        String[] heads = {"李建国", "王秀英", "张志强", "刘桂兰", "陈永福", "杨丽华", "赵国庆", "黄淑芬"};
        // the demo's records begin twelve weeks back: its units are set up then, and screened every week since
        LocalDate since = org.mediationledger.model.IsoWeek.of(cases.today()).monday().minusWeeks(DEMO_WEEKS);
        for (int i = 0; i < UNITS.length; i++) {
            UnitKind kind = UNITS[i].endsWith("社区") ? UnitKind.COMMUNITY : UnitKind.VILLAGE;
            Unit u = reference.saveUnit(new Unit(null, UNITS[i], kind, i + 1, 0, since, null));
            units.add(u);
            for (int g = 1; g <= GRIDS[i]; g++) {
                grids.add(reference.saveGrid(new MicroGrid(null, u.id(), UNITS[i] + "第" + g + "网格", g, 0)));
            }
            reference.saveStaff(new Staff(null, advisers[i], StaffRole.LEGAL_ADVISER, u.id(), phone(rnd), 0));
            mediators.add(reference.saveStaff(new Staff(null, heads[i], StaffRole.MEDIATOR, u.id(), phone(rnd), 0)));
            reference.saveStaff(new Staff(null, UNITS[i].substring(0, 2) + "网格员", StaffRole.GRID_WORKER, u.id(), phone(rnd), 0));
        }
        reference.saveStaff(new Staff(null, "孙明", StaffRole.CLERK, null, "0731-82345678", 0));
        reference.saveStaff(new Staff(null, "钱红", StaffRole.CLERK, null, phone(rnd), 0));
        mediators.add(reference.saveStaff(new Staff(null, "何司法", StaffRole.MEDIATOR, null, phone(rnd), 0)));
        reference.saveStaff(new Staff(null, "林镇长", StaffRole.LEADER, null, phone(rnd), 0));
        reference.saveStaff(new Staff(null, "马书记", StaffRole.LEADER, null, phone(rnd), 0));
        reference.saveStaff(new Staff(null, "高副镇长", StaffRole.LEADER, null, phone(rnd), 0));

        List<Staff> gridWorkers = new ArrayList<>();
        reference.load().staff().stream().filter(x -> x.role() == StaffRole.GRID_WORKER).forEach(gridWorkers::add);
        List<DisputeType> types = reference.load().activeTypes();
        String[][] examples = {
            {"邻里", "两户因宅前排水沟堵塞致雨水倒灌发生争执", "疏通排水沟并赔偿损失", "0"},
            {"婚姻家庭", "夫妻因子女抚养和家庭开支长期争吵，女方提出离婚", "调解家庭矛盾，明确抚养费", "0"},
            {"房屋宅基地", "相邻两户宅基地界址不清，新建围墙越界约半米", "按原界址拆除越界部分", "0"},
            {"合同", "农户与收购商的水稻收购款未结清", "支付拖欠的收购款", "18600"},
            {"劳动争议", "务工人员在建筑工地完工后工资未结清", "结清工资", "32400"},
            {"损害赔偿", "散养的狗咬伤邻居小孩，医药费承担有分歧", "承担医药费及误工费", "4200"},
            {"山林土地", "两组之间承包山林界线争议，涉及林木采伐", "确认界线，返还林木款", "56000"},
            {"道路交通事故", "电动车与三轮车相撞，双方对责任比例有异议", "按责任比例赔偿修车费", "6800"},
            {"征地拆迁", "道路拓宽征地补偿款在家庭成员间分配不均", "按户内人口平均分配补偿款", "120000"},
            {"物业", "小区业主与物业公司就停车收费发生纠纷", "降低停车费标准", "0"},
            {"生产经营", "养殖场排污影响相邻农户鱼塘", "停止排污并赔偿鱼苗损失", "15000"},
            {"消费", "村民购买的农用机械质量问题，商家拒绝退换", "退货退款", "9800"},
        };
        String[][] names = {{"张大山", "李小河"}, {"王丽", "刘强"}, {"陈建华", "陈建军"}, {"赵春生", "钱老板"},
            {"孙德胜", "周工头"}, {"吴秀兰", "郑富贵"}, {"冯文", "卫国"}, {"蒋平", "沈阳"}, {"韩梅", "韩松"},
            {"杨帆", "恒安物业"}, {"朱家旺", "秦海"}, {"尤金花", "许记农机店"}};
        CaseSource[] sources = CaseSource.values();
        RiskLevel[] risks = {RiskLevel.YELLOW, RiskLevel.YELLOW, RiskLevel.ORANGE, RiskLevel.BLUE, RiskLevel.ORANGE,
            RiskLevel.YELLOW, RiskLevel.RED, RiskLevel.YELLOW, RiskLevel.ORANGE, RiskLevel.BLUE, RiskLevel.YELLOW, RiskLevel.BLUE};
        LocalDate today = cases.today();
        for (int i = 0; i < examples.length; i++) {
            String[] ex = examples[i];
            Unit unit = units.get(i % units.size());
            List<MicroGrid> ug = grids.stream().filter(g -> g.unitId().equals(unit.id())).toList();
            DisputeType type = types.stream().filter(t -> t.name().equals(ex[0])).findFirst().orElse(types.get(0));
            LocalDate received = today.minusDays(3 + (examples.length - 1 - i) * 7L);
            List<Party> parties = List.of(person(rnd, PartyRole.APPLICANT, names[i][0], i), person(rnd, PartyRole.RESPONDENT, names[i][1], i + 20));
            BigDecimal amount = new BigDecimal(ex[3]);
            var saved = cases.register(new CaseDraft(sources[i % sources.length], type.id(), unit.id(), ug.get(rnd.nextInt(ug.size())).id(),
                    ex[1], ex[2], 2 + rnd.nextInt(6), amount.signum() == 0 ? null : amount, risks[i], received,
                    mediators.get(i % units.size()).id(), parties));
            walkPath(saved.id(), received, mediators.get(i % units.size()).id(), amount, today);
        }
        loadScreening(rnd, units, grids, gridWorkers, types);
    }

    /**
     * Older example cases have gone their way already: settled in the village and closed (the oldest archived),
     * failed in the village and settled in the township, or still being mediated; the newest are just registered.
     */
    private void walkPath(java.util.UUID id, LocalDate received, java.util.UUID mediator, BigDecimal amount, LocalDate today) {
        long age = java.time.temporal.ChronoUnit.DAYS.between(received, today);
        var village = org.mediationledger.model.MediationLevel.VILLAGE;
        var township = org.mediationledger.model.MediationLevel.TOWNSHIP;
        var peoples = org.mediationledger.model.MediationKind.PEOPLES;
        if (age > 60) {
            path.attempt(id, new org.mediationledger.model.MediationAttempt(null, village, peoples, received.plusDays(3), "村委会调解室",
                    List.of(mediator), null, null, null, "双方对事实无争议", org.mediationledger.model.AttemptResult.SUCCESS, null));
            path.agree(id, new org.mediationledger.model.Agreement(null, true, received.plusDays(3), "双方各有过错", "按协议赔偿并赔礼道歉",
                    amount.signum() == 0 ? null : amount, "一次性现金支付", received.plusDays(15), received.plusDays(3),
                    received.plusDays(3), received.plusDays(4), null, null, null));
            path.perform(id, new org.mediationledger.model.Performance(null, org.mediationledger.model.PerformanceStatus.PERFORMED,
                    received.plusDays(14), null));
            path.followUp(id, new org.mediationledger.model.FollowUp(null, received.plusDays(20), mediator,
                    org.mediationledger.model.Satisfaction.SATISFIED, false, false, null));
            path.close(id);
            if (age > 75) {
                path.archive(id);
            }
        } else if (age > 40) {
            path.attempt(id, new org.mediationledger.model.MediationAttempt(null, village, peoples, received.plusDays(2), "村委会",
                    List.of(mediator), null, null, null, "分歧较大", org.mediationledger.model.AttemptResult.FAILURE, null));
            path.escalate(id, new org.mediationledger.model.Escalation(null, received.plusDays(3), null, township, null, "村级调解不成"));
            path.attempt(id, new org.mediationledger.model.MediationAttempt(null, township, peoples, received.plusDays(6), "镇司法所",
                    List.of(), null, null, null, null, org.mediationledger.model.AttemptResult.SUCCESS, null));
            path.agree(id, new org.mediationledger.model.Agreement(null, false, received.plusDays(6), null, "当场达成口头协议",
                    null, null, received.plusDays(20), null, null, null, null, null, null));
            path.perform(id, new org.mediationledger.model.Performance(null, org.mediationledger.model.PerformanceStatus.PARTLY,
                    received.plusDays(12), "尚欠部分款项"));
        } else if (age > 20) {
            path.attempt(id, new org.mediationledger.model.MediationAttempt(null, village, peoples, received.plusDays(2), "村委会",
                    List.of(mediator), null, null, null, null, org.mediationledger.model.AttemptResult.PARTIAL, null));
        }
    }

    /**
     * Twelve weeks of screening: most units every week (a few weeks missed), mostly zero reports, some findings;
     * this week only some units have screened yet. National Day as a past sensitive period, New Year ahead.
     */
    /** How many weeks back the demo township's records begin. */
    static final int DEMO_WEEKS = 12;

    private void loadScreening(Random rnd, List<Unit> units, List<MicroGrid> grids, List<Staff> gridWorkers,
                               List<DisputeType> types) {
        LocalDate today = cases.today();
        screening.saveSensitivePeriod(new org.mediationledger.model.SensitivePeriod(null, "国庆节",
                LocalDate.of(today.getYear(), 10, 1), LocalDate.of(today.getYear(), 10, 7), 1));
        screening.saveSensitivePeriod(new org.mediationledger.model.SensitivePeriod(null, "元旦",
                LocalDate.of(today.getYear(), 12, 31), LocalDate.of(today.getYear() + 1, 1, 2), 1));
        String[][] found = {{"邻里", "两户因公共通道堆放柴草发生口角"}, {"婚姻家庭", "婆媳因赡养问题长期不和"},
            {"山林土地", "承包地边界种植果树引发争议"}, {"劳动争议", "工地务工人员反映工资拖欠"},
            {"房屋宅基地", "翻建房屋滴水影响邻居"}};
        LocalDate thisMonday = org.mediationledger.model.IsoWeek.of(today).monday();
        int k = 0;
        for (int w = DEMO_WEEKS; w >= 0; w--) {
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                LocalDate day = thisMonday.minusWeeks(w).plusDays(1 + (i % 3));
                boolean missed = (i + w) % 7 == 3;
                if (day.isAfter(today) || missed || (w == 0 && i >= 5)) {
                    continue;
                }
                List<MicroGrid> ug = grids.stream().filter(g -> g.unitId().equals(u.id())).toList();
                List<org.mediationledger.model.Finding> findings = new ArrayList<>();
                if ((i + w) % 4 == 0) {
                    String[] f = found[k++ % found.length];
                    DisputeType type = types.stream().filter(t -> t.name().equals(f[0])).findFirst().orElse(types.get(0));
                    findings.add(new org.mediationledger.model.Finding(null, f[1], type.id(), List.of(
                            new org.mediationledger.model.FindingParty(UNITS[i].substring(0, 1) + "某甲", phone(rnd)),
                            new org.mediationledger.model.FindingParty(UNITS[i].substring(0, 1) + "某乙", phone(rnd))),
                            2 + rnd.nextInt(4), null, k % 3 == 0 ? RiskLevel.ORANGE : RiskLevel.YELLOW, "网格员上门劝导，持续关注",
                            k % 2 == 0 ? org.mediationledger.model.FindingStatus.RESOLVED
                                    : org.mediationledger.model.FindingStatus.MONITORING, null));
                }
                screening.record(new org.mediationledger.model.ScreeningRound(null, day, u.id(), ug.get(rnd.nextInt(ug.size())).id(),
                        org.mediationledger.model.ScreeningKind.ROUTINE, gridWorkers.stream().filter(x -> u.id().equals(x.unitId()))
                        .findFirst().map(Staff::id).orElse(null), List.of(), null, findings, 0));
            }
        }
    }

    private static Party person(Random rnd, PartyRole role, String name, int k) {
        if (name.endsWith("物业") || name.endsWith("店")) {
            return new Party(null, role, name, null, null, null, null, null, phone(rnd), "青山镇镇区", null);
        }
        LocalDate born = LocalDate.of(1955 + rnd.nextInt(45), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        Gender gender = k % 2 == 0 ? Gender.MALE : Gender.FEMALE;
        int order = 100 + rnd.nextInt(400) * 2 + (gender == Gender.MALE ? 1 : 0);
        String first17 = "430221" + born.toString().replace("-", "") + order;
        String id = first17 + IdNumber.checkDigit(first17);
        return new Party(null, role, name, gender, "汉族", born, null, "农民", phone(rnd), "青山镇" + UNITS[k % UNITS.length], id);
    }

    private static String phone(Random rnd) {
        return "13" + (5 + rnd.nextInt(5)) + String.format("%08d", rnd.nextInt(100_000_000));
    }
}
