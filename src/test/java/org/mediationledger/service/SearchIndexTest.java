package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Party;

/**
 * The search box's word index (issue 20) never loses a case: after random registrations, edits of summaries and party
 * names, removed parties and deleted cases, every search (a word of a summary, a part of a name, one character, a run
 * of digits of a number, a word nobody wrote) finds exactly the cases a plain reading of every case finds.
 */
class SearchIndexTest {
    private static final String CHARS = "张王李赵刘陈杨黄周吴徐孙马朱胡林郭何高罗大山水田土地房屋宅基邻里债务合同赔偿婚姻家庭";
    @TempDir
    Path dir;
    Services s;

    @BeforeEach
    void open() {
        s = TestData.withDemo(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private static String word(Random rnd, int len) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(CHARS.charAt(rnd.nextInt(CHARS.length())));
        }
        return b.toString();
    }

    /** Every case's number, summary and party names, read case by case (not through the search). */
    private Map<UUID, List<String>> readEveryCase() {
        Map<UUID, List<String>> out = new HashMap<>();
        for (var c : s.cases().search(CaseFilter.all(), 0, 100_000).rows()) {
            MediationCase m = s.cases().get(c.id()).orElseThrow();
            List<String> texts = new ArrayList<>(List.of(m.caseNumber(), m.draft().summary()));
            m.draft().parties().forEach(p -> texts.add(p.name()));
            out.put(m.id(), texts);
        }
        return out;
    }

    /** What a reading of every case finds: the number, the summary or a party's name holds the text (any case). */
    private static Set<UUID> byReading(Map<UUID, List<String>> every, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Set<UUID> out = new HashSet<>();
        every.forEach((id, texts) -> {
            if (texts.stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(t))) {
                out.add(id);
            }
        });
        return out;
    }

    private Set<UUID> bySearch(String text) {
        Set<UUID> out = new HashSet<>();
        s.cases().search(new CaseFilter(null, null, null, null, null, null, text), 0, 100_000).rows().forEach(c -> out.add(c.id()));
        return out;
    }

    @Test
    void everySearchFindsWhatReadingEveryCaseFinds() {
        Random rnd = new Random(20);
        var ref = s.reference().load();
        List<UUID> ids = new ArrayList<>();
        Map<UUID, List<String>> words = new HashMap<>();
        List<String> queries = new ArrayList<>(List.of("人调字", "Ab", "ab", "x", "01", "007", "2026", "第1", "号", "无此词语"));
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 40; i++) {
                String summary = word(rnd, 3) + "因" + word(rnd, 4) + (rnd.nextInt(5) == 0 ? " AB" + rnd.nextInt(100_000) : "") + "发生纠纷";
                String a = word(rnd, 2 + rnd.nextInt(2));
                String b = word(rnd, 2 + rnd.nextInt(2));
                MediationCase c = s.cases().register(TestData.draft(ref, summary, a, b));
                ids.add(c.id());
                words.put(c.id(), List.of(summary, a, b));
                queries.add(summary.substring(1, 4));
                queries.add(a.substring(0, 2));
                queries.add(b.substring(b.length() - 1));
            }
            // edits: summaries rewritten, parties renamed or removed, cases deleted — every kind of write the index must follow
            for (int i = 0; i < 15; i++) {
                UUID id = ids.get(rnd.nextInt(ids.size()));
                var now = s.cases().get(id);
                if (now.isEmpty()) {
                    continue;
                }
                MediationCase c = now.get();
                CaseDraft d = c.draft();
                switch (rnd.nextInt(4)) {
                    case 0 -> {
                        String summary = "改写" + word(rnd, 5);
                        s.cases().update(id, c.version(), new CaseDraft(d.source(), d.disputeTypeId(), d.unitId(), d.gridId(), summary,
                                d.requests(), d.peopleInvolved(), d.amountInvolved(), d.riskLevel(), d.receivedDate(), d.mediatorId(), d.parties()));
                        queries.add(summary.substring(2, 5));
                    }
                    case 1 -> {
                        List<Party> parties = new ArrayList<>(d.parties());
                        String name = "新" + word(rnd, 2);
                        Party p = parties.get(0);
                        parties.set(0, new Party(p.id(), p.role(), name, p.gender(), p.ethnicity(), p.birthDate(), p.age(), p.occupation(),
                                p.phone(), p.address(), p.idNumber()));
                        s.cases().update(id, c.version(), d.withParties(parties));
                        queries.add(name);
                    }
                    case 2 -> {
                        if (d.parties().size() > 2) {
                            s.cases().update(id, c.version(), d.withParties(d.parties().subList(0, d.parties().size() - 1)));
                        } else {
                            List<Party> parties = new ArrayList<>(d.parties());
                            Party p = parties.get(1);
                            parties.add(new Party(null, p.role(), "后加" + word(rnd, 2), p.gender(), null, null, null, null, null, null, null));
                            s.cases().update(id, c.version(), d.withParties(parties));
                        }
                    }
                    default -> s.cases().delete(id);
                }
                // the old words of an edited case are gone from what is found
                queries.addAll(words.getOrDefault(id, List.of()));
            }
            Map<UUID, List<String>> every = readEveryCase();
            for (String q : queries) {
                assertThat(bySearch(q)).as("search for “%s”", q).isEqualTo(byReading(every, q));
            }
        }
        assertThat(s.cases().searchIndexWaiting()).as("caught up before searching").isZero();
    }
}
