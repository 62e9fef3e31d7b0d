package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.ACCOUNT;
import static org.mediationledger.store.generated.Tables.DATA_KEY;
import static org.mediationledger.store.generated.Tables.FINDING_PARTY;
import static org.mediationledger.store.generated.Tables.PARTY;
import static org.mediationledger.store.generated.Tables.RECEPTION_MATTER;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.mediationledger.model.FieldChange;

/**
 * The ledger's data key as the file keeps it (only wrapped: under each account's password and under the recovery key),
 * and the one-time sealing of the numbers already in a ledger that turns to encryption.
 */
public final class DataKeys {
    /** Where each sealed column's values are bound to (a value moved to another column does not open). */
    public static final String ID_NUMBER = "party.id_number";
    public static final String PHONE = "party.phone";
    public static final String ADDRESS = "party.address";
    public static final String FINDING_PHONE = "finding_party.phone";
    public static final String VISITOR_PHONE = "reception_matter.visitor_phone";
    private final DSLContext dsl;
    private final Audit audit;
    private final FieldCipher cipher;
    private final Runnable oldPagesStale;

    /** @param oldPagesStale says the file's old pages hold the clear values of before sealing (compacted at close and in backups) */
    public DataKeys(DSLContext dsl, Audit audit, FieldCipher cipher, Runnable oldPagesStale) {
        this.oldPagesStale = oldPagesStale;
        this.dsl = dsl;
        this.audit = audit;
        this.cipher = cipher;
        cipher.on(exists());
    }

    public FieldCipher cipher() {
        return cipher;
    }

    public boolean exists() {
        return dsl.fetchExists(DATA_KEY);
    }

    public Optional<String> recoveryWrapped() {
        return dsl.select(DATA_KEY.RECOVERY_WRAPPED).from(DATA_KEY).fetchOptional(DATA_KEY.RECOVERY_WRAPPED);
    }

    public Optional<String> wrappedFor(UUID accountId) {
        return dsl.select(ACCOUNT.WRAPPED_KEY).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).fetchOptional(ACCOUNT.WRAPPED_KEY);
    }

    /** True when the ledger holds any number that would be sealed (then a backup comes before sealing them). */
    public boolean holdsNumbers() {
        return dsl.fetchExists(PARTY, PARTY.ID_NUMBER.isNotNull().or(PARTY.PHONE.isNotNull()).or(PARTY.ADDRESS.isNotNull()))
                || dsl.fetchExists(FINDING_PARTY, FINDING_PARTY.PHONE.isNotNull())
                || dsl.fetchExists(RECEPTION_MATTER, RECEPTION_MATTER.VISITOR_PHONE.isNotNull());
    }

    /**
     * Turns the ledger to encryption, in one transaction: a new data key wrapped under the administrator's password and
     * the recovery key, and every number already stored sealed in place. Nothing changes when any part fails.
     *
     * @return how many values were sealed
     */
    public int start(UUID adminId, char[] password, String recoveryKey) {
        try {
            int sealed = dsl.transactionResult(cfg -> {
                DSLContext tx = cfg.dsl();
                cipher.startNew();
                LocalDateTime now = audit.now();
                tx.insertInto(DATA_KEY).set(DATA_KEY.ID, UUID.randomUUID()).set(DATA_KEY.RECOVERY_WRAPPED, cipher.wrap(recoveryKey.toCharArray(), true))
                        .set(DATA_KEY.CREATED_AT, now).set(DATA_KEY.UPDATED_AT, now).execute();
                tx.update(ACCOUNT).set(ACCOUNT.WRAPPED_KEY, cipher.wrap(password, false)).where(ACCOUNT.ID.eq(adminId)).execute();
                long t0 = System.nanoTime();
                int n = sealAll(tx);
                org.slf4j.LoggerFactory.getLogger(DataKeys.class).info("sealed {} rows' numbers in {} ms", n, (System.nanoTime() - t0) / 1_000_000);
                audit.record(tx, "ledger", HistoryRepository.LEDGER, "ENCRYPT", List.of(new FieldChange("dataKey.sealed", "", String.valueOf(n))));
                return n;
            });
            if (sealed > 0) {
                oldPagesStale.run();
            }
            return sealed;
        } catch (RuntimeException e) {
            cipher.lock();
            cipher.on(false);
            throw e;
        }
    }

    /** A new recovery key replaces the old one (the paper was lost); the data key stays. */
    public void replaceRecovery(String recoveryKey) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.update(DATA_KEY).set(DATA_KEY.RECOVERY_WRAPPED, cipher.wrap(recoveryKey.toCharArray(), true))
                    .set(DATA_KEY.UPDATED_AT, audit.now()).set(DATA_KEY.VERSION, DATA_KEY.VERSION.plus(1)).execute();
            audit.record(tx, "data_key", new UUID(0, 1), "UPDATE", List.of(new FieldChange("dataKey.recovery", "", "replaced")));
        });
    }

    /** Every number in the ledger sealed, table by table, in batches (one statement per row took 1.7 ms a party). */
    private int sealAll(DSLContext tx) {
        List<org.jooq.UpdatableRecord<?>> changed = new java.util.ArrayList<>();
        long t0 = System.nanoTime();
        for (var r : tx.selectFrom(PARTY).where(PARTY.ID_NUMBER.isNotNull().or(PARTY.PHONE.isNotNull()).or(PARTY.ADDRESS.isNotNull())).fetch()) {
            String id = cipher.open(ID_NUMBER, r.getIdNumber());
            r.setIdNumber(cipher.seal(ID_NUMBER, id));
            r.setIdNumberHash(cipher.lookup(id));
            r.setPhone(cipher.seal(PHONE, cipher.open(PHONE, r.getPhone())));
            r.setAddress(cipher.seal(ADDRESS, cipher.open(ADDRESS, r.getAddress())));
            changed.add(r);
        }
        for (var r : tx.selectFrom(FINDING_PARTY).where(FINDING_PARTY.PHONE.isNotNull()).fetch()) {
            r.setPhone(cipher.seal(FINDING_PHONE, cipher.open(FINDING_PHONE, r.getPhone())));
            changed.add(r);
        }
        for (var r : tx.selectFrom(RECEPTION_MATTER).where(RECEPTION_MATTER.VISITOR_PHONE.isNotNull()).fetch()) {
            r.setVisitorPhone(cipher.seal(VISITOR_PHONE, cipher.open(VISITOR_PHONE, r.getVisitorPhone())));
            changed.add(r);
        }
        org.slf4j.LoggerFactory.getLogger(DataKeys.class).info("sealing {} rows: read and sealed in {} ms", changed.size(),
                (System.nanoTime() - t0) / 1_000_000);
        for (int from = 0; from < changed.size(); from += 500) {
            tx.batchUpdate(changed.subList(from, Math.min(changed.size(), from + 500))).execute();
        }
        return changed.size();
    }
}
