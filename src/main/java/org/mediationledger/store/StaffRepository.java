package org.mediationledger.store;

import static org.mediationledger.store.UnitRepository.change;
import static org.mediationledger.store.generated.Tables.STAFF;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.mediationledger.model.FieldChange;
import org.mediationledger.model.Masking;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.mediationledger.store.generated.tables.records.StaffRecord;

/** The people of the office and the committees. */
public final class StaffRepository {
    private final DSLContext dsl;
    private final Audit audit;

    public StaffRepository(DSLContext dsl, Audit audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public List<Staff> all() {
        return dsl.selectFrom(STAFF).where(STAFF.DELETED.isFalse()).orderBy(STAFF.ROLE, STAFF.NAME).fetch(StaffRepository::staff);
    }

    public Staff save(Staff s) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDateTime now = audit.now();
            if (s.id() == null) {
                UUID id = UUID.randomUUID();
                tx.insertInto(STAFF).set(STAFF.ID, id).set(STAFF.NAME, s.name()).set(STAFF.ROLE, s.role())
                        .set(STAFF.UNIT_ID, s.unitId()).set(STAFF.PHONE, s.phone())
                        .set(STAFF.CREATED_AT, now).set(STAFF.UPDATED_AT, now).execute();
                audit.record(tx, "staff", id, "INSERT", List.of(new FieldChange("name", "", s.name()),
                        new FieldChange("role", "", s.role().name()), new FieldChange("phone", "", Masking.phone(s.phone()))));
                return new Staff(id, s.name(), s.role(), s.unitId(), s.phone(), 1);
            }
            StaffRecord old = tx.selectFrom(STAFF).where(STAFF.ID.eq(s.id())).forUpdate().fetchSingle();
            List<FieldChange> changes = new ArrayList<>();
            change(changes, "name", old.getName(), s.name());
            change(changes, "role", old.getRole(), s.role());
            change(changes, "unit", old.getUnitId(), s.unitId());
            change(changes, "phone", Masking.phone(old.getPhone()), Masking.phone(s.phone()));
            if (!changes.isEmpty()) {
                tx.update(STAFF).set(STAFF.NAME, s.name()).set(STAFF.ROLE, s.role()).set(STAFF.UNIT_ID, s.unitId())
                        .set(STAFF.PHONE, s.phone()).set(STAFF.UPDATED_AT, now).set(STAFF.VERSION, STAFF.VERSION.plus(1))
                        .where(STAFF.ID.eq(s.id())).execute();
                audit.record(tx, "staff", s.id(), "UPDATE", changes);
            }
            return staff(tx.selectFrom(STAFF).where(STAFF.ID.eq(s.id())).fetchSingle());
        });
    }

    /** The person left the post on the given day: kept in the history of what they did, offered no more. */
    public Staff retire(UUID id, java.time.LocalDate day) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.update(STAFF).set(STAFF.RETIRED_ON, day).set(STAFF.UPDATED_AT, audit.now()).set(STAFF.VERSION, STAFF.VERSION.plus(1))
                    .where(STAFF.ID.eq(id)).execute();
            audit.record(tx, "staff", id, "UPDATE", List.of(new org.mediationledger.model.FieldChange("retiredOn", "", day.toString())));
            return staff(tx.selectFrom(STAFF).where(STAFF.ID.eq(id)).fetchSingle());
        });
    }

    public void delete(UUID id) {
        dsl.transaction(cfg -> {
            UnitRepository.refuseIfUsed(cfg.dsl(), "STAFF", "staff", id);
            cfg.dsl().update(STAFF).set(STAFF.DELETED, true).set(STAFF.UPDATED_AT, audit.now())
                    .set(STAFF.VERSION, STAFF.VERSION.plus(1)).where(STAFF.ID.eq(id)).execute();
            audit.record(cfg.dsl(), "staff", id, "DELETE", List.of());
        });
    }

    private static Staff staff(StaffRecord r) {
        return new Staff(r.getId(), r.getName(), r.getRole(), r.getUnitId(), r.getPhone(), r.getVersion(),
                r.getRetiredOn());
    }
}
