package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.APP_SETTING;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.mediationledger.model.FieldChange;
import org.mediationledger.store.generated.tables.records.AppSettingRecord;

/** Named settings of one data file (township name, user name, rules …). */
public final class SettingsRepository {
    private final DSLContext dsl;
    private final Audit audit;

    public SettingsRepository(DSLContext dsl, Audit audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public Optional<String> get(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(key).and(APP_SETTING.DELETED.isFalse()))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDateTime now = audit.now();
            AppSettingRecord r = tx.selectFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key)).forUpdate().fetchOne();
            if (r == null) {
                UUID id = UUID.randomUUID();
                tx.insertInto(APP_SETTING).set(APP_SETTING.ID, id).set(APP_SETTING.SETTING_KEY, key)
                        .set(APP_SETTING.SETTING_VALUE, value).set(APP_SETTING.CREATED_AT, now)
                        .set(APP_SETTING.UPDATED_AT, now).execute();
                audit.record(tx, "app_setting", id, "INSERT", List.of(new FieldChange(key, "", value)));
            } else if (!value.equals(r.getSettingValue()) || r.getDeleted()) {
                tx.update(APP_SETTING).set(APP_SETTING.SETTING_VALUE, value).set(APP_SETTING.UPDATED_AT, now)
                        .set(APP_SETTING.DELETED, false).set(APP_SETTING.VERSION, APP_SETTING.VERSION.plus(1))
                        .where(APP_SETTING.ID.eq(r.getId())).execute();
                audit.record(tx, "app_setting", r.getId(), "UPDATE",
                        List.of(new FieldChange(key, r.getSettingValue(), value)));
            }
        });
    }
}
