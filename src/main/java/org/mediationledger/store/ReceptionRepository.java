package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.RECEPTION_DAY;
import static org.mediationledger.store.generated.Tables.RECEPTION_MATTER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.mediationledger.model.FieldChange;
import org.mediationledger.model.MatterHandling;
import org.mediationledger.model.ReceptionDay;
import org.mediationledger.model.ReceptionMatter;

/** Leader reception days and the matters registered on them. */
public final class ReceptionRepository {
    private final DSLContext dsl;
    private final Audit audit;
    private final FieldCipher cipher;

    public ReceptionRepository(DSLContext dsl, Audit audit, FieldCipher cipher) {
        this.cipher = cipher;
        this.dsl = dsl;
        this.audit = audit;
    }

    /** Adds one visitor's matter to a reception day already recorded. */
    public ReceptionDay addMatter(UUID dayId, ReceptionMatter m) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDateTime now = audit.now();
            int order = tx.fetchCount(RECEPTION_MATTER, RECEPTION_MATTER.DAY_ID.eq(dayId));
            insertMatter(tx, dayId, order, m, now);
            audit.record(tx, "reception_day", dayId, "UPDATE", List.of(new FieldChange("matter", "", m.matter())));
            return days(tx, RECEPTION_DAY.ID.eq(dayId)).get(0);
        });
    }

    private void insertMatter(DSLContext tx, UUID dayId, int order, ReceptionMatter m, LocalDateTime now) {
        tx.insertInto(RECEPTION_MATTER).set(RECEPTION_MATTER.ID, UUID.randomUUID()).set(RECEPTION_MATTER.DAY_ID, dayId)
                .set(RECEPTION_MATTER.SORT_ORDER, order).set(RECEPTION_MATTER.VISITOR_NAME, m.visitorName())
                .set(RECEPTION_MATTER.VISITOR_PHONE, cipher.seal(DataKeys.VISITOR_PHONE, m.visitorPhone())).set(RECEPTION_MATTER.PEOPLE, m.people())
                .set(RECEPTION_MATTER.MATTER, m.matter()).set(RECEPTION_MATTER.HANDLING, m.handling())
                .set(RECEPTION_MATTER.ANSWER, m.answer()).set(RECEPTION_MATTER.ACCEPTED_DATE, m.acceptedDate())
                .set(RECEPTION_MATTER.ROUTED_DATE, m.routedDate()).set(RECEPTION_MATTER.REPLIED_DATE, m.repliedDate())
                .set(RECEPTION_MATTER.EXTENSION_DAYS, m.extensionDays())
                .set(RECEPTION_MATTER.EXTENSION_REASON, m.extensionReason())
                .set(RECEPTION_MATTER.REVIEW_REQUESTED_DATE, m.reviewRequestedDate())
                .set(RECEPTION_MATTER.REVIEW_ANSWERED_DATE, m.reviewAnsweredDate())
                .set(RECEPTION_MATTER.CREATED_AT, now).set(RECEPTION_MATTER.UPDATED_AT, now).execute();
    }

    public ReceptionDay insert(ReceptionDay d) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDateTime now = audit.now();
            UUID id = UUID.randomUUID();
            tx.insertInto(RECEPTION_DAY).set(RECEPTION_DAY.ID, id).set(RECEPTION_DAY.RECEPTION_DATE, d.date())
                    .set(RECEPTION_DAY.LEADER_ID, d.leaderId()).set(RECEPTION_DAY.PLACE, d.place())
                    .set(RECEPTION_DAY.CREATED_AT, now).set(RECEPTION_DAY.UPDATED_AT, now).execute();
            for (int i = 0; i < d.matters().size(); i++) {
                insertMatter(tx, id, i, d.matters().get(i), now);
            }
            audit.record(tx, "reception_day", id, "INSERT", List.of(new FieldChange("date", "", d.date().toString()),
                    new FieldChange("matters", "", String.valueOf(d.matters().size()))));
            return days(tx, RECEPTION_DAY.ID.eq(id)).get(0);
        });
    }

    /** The day a matter was brought to, with all its matters. */
    public java.util.Optional<ReceptionDay> dayOfMatter(UUID matterId) {
        UUID dayId = dsl.select(RECEPTION_MATTER.DAY_ID).from(RECEPTION_MATTER)
                .where(RECEPTION_MATTER.ID.eq(matterId).and(RECEPTION_MATTER.DELETED.isFalse())).fetchOne(RECEPTION_MATTER.DAY_ID);
        return dayId == null ? java.util.Optional.empty() : days(dsl, RECEPTION_DAY.ID.eq(dayId)).stream().findFirst();
    }

    /**
     * Records the petition steps of a matter (acceptance, routing, reply, extension, review); each changed date goes to
     * the audit trail.
     */
    public ReceptionDay updateProgress(ReceptionMatter m) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var r = tx.selectFrom(RECEPTION_MATTER).where(RECEPTION_MATTER.ID.eq(m.id()).and(RECEPTION_MATTER.DELETED.isFalse()))
                    .forUpdate().fetchOptional().orElseThrow(() -> new IllegalArgumentException("no matter " + m.id()));
            List<FieldChange> changes = new ArrayList<>();
            change(changes, "acceptedDate", r.getAcceptedDate(), m.acceptedDate());
            change(changes, "routedDate", r.getRoutedDate(), m.routedDate());
            change(changes, "repliedDate", r.getRepliedDate(), m.repliedDate());
            change(changes, "extensionDays", r.getExtensionDays(), m.extensionDays());
            change(changes, "extensionReason", r.getExtensionReason(), m.extensionReason());
            change(changes, "reviewRequestedDate", r.getReviewRequestedDate(), m.reviewRequestedDate());
            change(changes, "reviewAnsweredDate", r.getReviewAnsweredDate(), m.reviewAnsweredDate());
            if (!changes.isEmpty()) {
                r.setAcceptedDate(m.acceptedDate());
                r.setRoutedDate(m.routedDate());
                r.setRepliedDate(m.repliedDate());
                r.setExtensionDays(m.extensionDays());
                r.setExtensionReason(m.extensionReason());
                r.setReviewRequestedDate(m.reviewRequestedDate());
                r.setReviewAnsweredDate(m.reviewAnsweredDate());
                r.setUpdatedAt(audit.now());
                r.setVersion(r.getVersion() + 1);
                r.update();
                audit.record(tx, "reception_matter", m.id(), "UPDATE", changes);
            }
            return days(tx, RECEPTION_DAY.ID.eq(r.getDayId())).get(0);
        });
    }

    private static void change(List<FieldChange> out, String field, Object before, Object after) {
        String b = before == null ? "" : before.toString();
        String a = after == null ? "" : after.toString();
        if (!b.equals(a)) {
            out.add(new FieldChange(field, b, a));
        }
    }

    public List<ReceptionDay> days(LocalDate from, LocalDate to) {
        return days(dsl, RECEPTION_DAY.RECEPTION_DATE.between(from, to));
    }

    private List<ReceptionDay> days(DSLContext ctx, org.jooq.Condition c) {
        var rows = ctx.selectFrom(RECEPTION_DAY).where(c.and(RECEPTION_DAY.DELETED.isFalse())).orderBy(RECEPTION_DAY.RECEPTION_DATE).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ReceptionMatter>> matters = new HashMap<>();
        Map<UUID, LocalDate> dates = new HashMap<>();
        rows.forEach(r -> dates.put(r.getId(), r.getReceptionDate()));
        ctx.selectFrom(RECEPTION_MATTER).where(RECEPTION_MATTER.DAY_ID.in(dates.keySet()).and(RECEPTION_MATTER.DELETED.isFalse()))
                .orderBy(RECEPTION_MATTER.SORT_ORDER)
                .forEach(m -> matters.computeIfAbsent(m.getDayId(), k -> new ArrayList<>()).add(new ReceptionMatter(m.getId(),
                        m.getVisitorName(), cipher.open(DataKeys.VISITOR_PHONE, m.getVisitorPhone()), m.getPeople(), m.getMatter(), m.getHandling(),
                        m.getAnswer(), dates.get(m.getDayId()), m.getAcceptedDate(), m.getRoutedDate(), m.getRepliedDate(),
                        m.getExtensionDays(), m.getExtensionReason(), m.getReviewRequestedDate(), m.getReviewAnsweredDate(), m.getCaseId())));
        return rows.map(r -> new ReceptionDay(r.getId(), r.getReceptionDate(), r.getLeaderId(), r.getPlace(),
                matters.getOrDefault(r.getId(), List.of())));
    }
}
