package org.mediationledger.store;

import static org.mediationledger.store.UnitRepository.change;
import static org.mediationledger.store.generated.Tables.DISPUTE_TYPE;
import static org.mediationledger.store.generated.Tables.DISPUTE_TYPE_LIST;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.DisputeTypeList;
import org.mediationledger.model.FieldChange;
import org.mediationledger.store.generated.tables.records.DisputeTypeRecord;

/**
 * Dispute types as versioned lists. A new version copies the active list and becomes active; older versions
 * stay, so a case keeps the type it was registered with.
 */
public final class DisputeTypeRepository {
    private final DSLContext dsl;
    private final Audit audit;

    public DisputeTypeRepository(DSLContext dsl, Audit audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public List<DisputeTypeList> lists() {
        return dsl.selectFrom(DISPUTE_TYPE_LIST).where(DISPUTE_TYPE_LIST.DELETED.isFalse())
                .orderBy(DISPUTE_TYPE_LIST.LIST_VERSION)
                .fetch(r -> new DisputeTypeList(r.getId(), r.getListVersion(), r.getTitle(), r.getActive()));
    }

    /** Every type of every version (names for old cases), active list first. */
    public List<DisputeType> all() {
        return dsl.select(DISPUTE_TYPE.fields()).from(DISPUTE_TYPE).join(DISPUTE_TYPE_LIST)
                .on(DISPUTE_TYPE_LIST.ID.eq(DISPUTE_TYPE.LIST_ID))
                .where(DISPUTE_TYPE.DELETED.isFalse())
                .orderBy(DISPUTE_TYPE_LIST.ACTIVE.desc(), DISPUTE_TYPE_LIST.LIST_VERSION.desc(), DISPUTE_TYPE.SORT_ORDER)
                .fetch(r -> type(r.into(DISPUTE_TYPE)));
    }

    public List<DisputeType> ofList(UUID listId) {
        return dsl.selectFrom(DISPUTE_TYPE).where(DISPUTE_TYPE.LIST_ID.eq(listId).and(DISPUTE_TYPE.DELETED.isFalse()))
                .orderBy(DISPUTE_TYPE.SORT_ORDER).fetch(DisputeTypeRepository::type);
    }

    /** Creates a list version with the given type names; it becomes the active list. */
    public DisputeTypeList createList(String title, List<String> names) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDateTime now = audit.now();
            int next = tx.select(DSL.coalesce(DSL.max(DISPUTE_TYPE_LIST.LIST_VERSION), 0)).from(DISPUTE_TYPE_LIST)
                    .fetchSingle().value1() + 1;
            tx.update(DISPUTE_TYPE_LIST).set(DISPUTE_TYPE_LIST.ACTIVE, false).set(DISPUTE_TYPE_LIST.UPDATED_AT, now)
                    .where(DISPUTE_TYPE_LIST.ACTIVE.isTrue()).execute();
            UUID id = UUID.randomUUID();
            tx.insertInto(DISPUTE_TYPE_LIST).set(DISPUTE_TYPE_LIST.ID, id).set(DISPUTE_TYPE_LIST.LIST_VERSION, next)
                    .set(DISPUTE_TYPE_LIST.TITLE, title).set(DISPUTE_TYPE_LIST.ACTIVE, true)
                    .set(DISPUTE_TYPE_LIST.CREATED_AT, now).set(DISPUTE_TYPE_LIST.UPDATED_AT, now).execute();
            audit.record(tx, "dispute_type_list", id, "INSERT",
                    List.of(new FieldChange("title", "", title), new FieldChange("listVersion", "", String.valueOf(next))));
            for (int i = 0; i < names.size(); i++) {
                insertType(tx, id, names.get(i), i + 1, now);
            }
            return new DisputeTypeList(id, next, title, true);
        });
    }

    public DisputeType save(DisputeType t) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDateTime now = audit.now();
            if (t.id() == null) {
                int order = tx.select(DSL.coalesce(DSL.max(DISPUTE_TYPE.SORT_ORDER), 0)).from(DISPUTE_TYPE)
                        .where(DISPUTE_TYPE.LIST_ID.eq(t.listId())).fetchSingle().value1() + 1;
                return insertType(tx, t.listId(), t.name(), order, now);
            }
            DisputeTypeRecord old = tx.selectFrom(DISPUTE_TYPE).where(DISPUTE_TYPE.ID.eq(t.id())).forUpdate().fetchSingle();
            List<FieldChange> changes = new ArrayList<>();
            change(changes, "name", old.getName(), t.name());
            if (!changes.isEmpty()) {
                tx.update(DISPUTE_TYPE).set(DISPUTE_TYPE.NAME, t.name()).set(DISPUTE_TYPE.UPDATED_AT, now)
                        .set(DISPUTE_TYPE.VERSION, DISPUTE_TYPE.VERSION.plus(1)).where(DISPUTE_TYPE.ID.eq(t.id())).execute();
                audit.record(tx, "dispute_type", t.id(), "UPDATE", changes);
            }
            return type(tx.selectFrom(DISPUTE_TYPE).where(DISPUTE_TYPE.ID.eq(t.id())).fetchSingle());
        });
    }

    public void delete(UUID id) {
        dsl.transaction(cfg -> {
            cfg.dsl().update(DISPUTE_TYPE).set(DISPUTE_TYPE.DELETED, true).set(DISPUTE_TYPE.UPDATED_AT, audit.now())
                    .set(DISPUTE_TYPE.VERSION, DISPUTE_TYPE.VERSION.plus(1)).where(DISPUTE_TYPE.ID.eq(id)).execute();
            audit.record(cfg.dsl(), "dispute_type", id, "DELETE", List.of());
        });
    }

    private DisputeType insertType(DSLContext tx, UUID listId, String name, int order, LocalDateTime now) {
        UUID id = UUID.randomUUID();
        tx.insertInto(DISPUTE_TYPE).set(DISPUTE_TYPE.ID, id).set(DISPUTE_TYPE.LIST_ID, listId)
                .set(DISPUTE_TYPE.NAME, name).set(DISPUTE_TYPE.SORT_ORDER, order)
                .set(DISPUTE_TYPE.CREATED_AT, now).set(DISPUTE_TYPE.UPDATED_AT, now).execute();
        audit.record(tx, "dispute_type", id, "INSERT", List.of(new FieldChange("name", "", name)));
        return new DisputeType(id, listId, name, order, 1);
    }

    private static DisputeType type(DisputeTypeRecord r) {
        return new DisputeType(r.getId(), r.getListId(), r.getName(), r.getSortOrder(), r.getVersion());
    }
}
