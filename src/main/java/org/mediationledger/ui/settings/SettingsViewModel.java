package org.mediationledger.ui.settings;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.DisputeTypeList;
import org.mediationledger.model.Messages;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.PhoneNumber;
import org.mediationledger.model.Staff;
import org.mediationledger.model.Unit;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.ReferenceService;
import org.mediationledger.service.SettingsService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/** Settings: township and user name, and the reference data lists; every change reloads the lists. */
public final class SettingsViewModel {
    private final SettingsService settings;
    private final ReferenceService reference;
    private final TaskExecutor executor;
    private final Messages m;
    private final Consumer<ReferenceData> onChanged;
    final ObjectProperty<ReferenceData> data = new SimpleObjectProperty<>();
    final StringProperty township = new SimpleStringProperty("");
    final javafx.beans.property.IntegerProperty mediationDays = new javafx.beans.property.SimpleIntegerProperty(30);
    final javafx.beans.property.IntegerProperty leaderMonths = new javafx.beans.property.SimpleIntegerProperty(3);
    final javafx.beans.property.IntegerProperty leaderMaxExtension = new javafx.beans.property.SimpleIntegerProperty(30);
    final StringProperty userName = new SimpleStringProperty("");
    final StringProperty townshipError = new SimpleStringProperty("");
    final StringProperty userNameError = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");

    public SettingsViewModel(SettingsService settings, ReferenceService reference, TaskExecutor executor, Messages m,
                             Consumer<ReferenceData> onChanged) {
        this.settings = settings;
        this.reference = reference;
        this.executor = executor;
        this.m = m;
        this.onChanged = onChanged;
    }

    Messages messages() {
        return m;
    }

    private org.mediationledger.service.UnitImport unitImport;

    /** Units and grids from a spreadsheet (the window gives it; without it the import buttons do nothing). */
    public void setUnitImport(org.mediationledger.service.UnitImport unitImport) {
        this.unitImport = unitImport;
    }

    /** Reads and checks the sheet in the background; nothing is saved. */
    void planImport(java.nio.file.Path file, Consumer<org.mediationledger.service.UnitImport.Plan> then) {
        if (unitImport != null) {
            message.set(m.get("import.reading", file.getFileName()));
            executor.run(() -> unitImport.plan(file), p -> {
                message.set("");
                then.accept(p);
            }, this::failed);
        }
    }

    /** Keeps the plan's new units and grids (one transaction) and says how many. */
    void applyImport(org.mediationledger.service.UnitImport.Plan plan, java.time.LocalDate establishedOn) {
        executor.run(() -> {
            var r = unitImport.apply(plan, establishedOn);
            return new Object[] {r, reference.load()};
        }, x -> {
            var r = (org.mediationledger.service.UnitImport.Result) x[0];
            ReferenceData d = (ReferenceData) x[1];
            data.set(d);
            message.set(m.get("import.units.done", r.units(), r.grids(), plan.count(org.mediationledger.service.UnitImport.Outcome.ERROR)));
            onChanged.accept(d);
        }, this::failed);
    }

    void saveTemplate(java.nio.file.Path out) {
        executor.run(() -> {
            org.mediationledger.service.UnitImport.writeTemplate(out, m);
            return out;
        }, p -> message.set(m.get("cli.saved", p)), this::failed);
    }

    /** New units a sheet gives no set-up day for count from 1 January of this year (earlier cases of the year fit). */
    java.time.LocalDate defaultEstablished() {
        return reference.today().withDayOfYear(1);
    }

    public void load() {
        executor.run(() -> new Object[] {reference.load(), settings.userName(), settings.mediationDays(), settings.leaderMonths(),
                settings.leaderMaxExtensionDays()}, r -> {
            ReferenceData d = (ReferenceData) r[0];
            data.set(d);
            township.set(d.township());
            userName.set((String) r[1]);
            mediationDays.set((Integer) r[2]);
            leaderMonths.set((Integer) r[3]);
            leaderMaxExtension.set((Integer) r[4]);
        }, this::failed);
    }

    void saveBasics() {
        townshipError.set(township.get().isBlank() ? m.get("error.required") : "");
        userNameError.set(userName.get().isBlank() ? m.get("error.required") : "");
        if (township.get().isBlank() || userName.get().isBlank()) {
            return;
        }
        String t = township.get();
        String u = userName.get();
        int days = mediationDays.get();
        int months = leaderMonths.get();
        int maxExt = leaderMaxExtension.get();
        change(() -> {
            settings.setTownship(t);
            settings.setUserName(u);
            settings.setMediationDays(days);
            settings.setLeaderTerms(months, maxExt);
            return null;
        }, m.get("settings.saved"));
    }

    void saveUnit(Unit u) {
        change(() -> reference.saveUnit(u), m.get("settings.saved"));
    }

    void deleteUnit(Unit u) {
        change(() -> {
            reference.deleteUnit(u.id());
            return null;
        }, m.get("settings.deleted", u.name()));
    }

    void retireUnit(Unit u, java.time.LocalDate day) {
        change(() -> reference.retireUnit(u.id(), day), m.get("settings.retired", u.name(), day));
    }

    void retireGrid(MicroGrid g, java.time.LocalDate day) {
        change(() -> reference.retireGrid(g.id(), day), m.get("settings.retired", g.name(), day));
    }

    void retireStaff(Staff s, java.time.LocalDate day) {
        change(() -> reference.retireStaff(s.id(), day), m.get("settings.retired", s.name(), day));
    }

    java.time.LocalDate today() {
        return reference.today();
    }

    void saveGrid(MicroGrid g) {
        change(() -> reference.saveGrid(g), m.get("settings.saved"));
    }

    void deleteGrid(MicroGrid g) {
        change(() -> {
            reference.deleteGrid(g.id());
            return null;
        }, m.get("settings.deleted", g.name()));
    }

    void saveStaff(Staff s) {
        change(() -> reference.saveStaff(s), m.get("settings.saved"));
    }

    void deleteStaff(Staff s) {
        change(() -> {
            reference.deleteStaff(s.id());
            return null;
        }, m.get("settings.deleted", s.name()));
    }

    void saveType(DisputeType t) {
        change(() -> reference.saveType(t), m.get("settings.saved"));
    }

    void deleteType(DisputeType t) {
        change(() -> {
            reference.deleteType(t.id());
            return null;
        }, m.get("settings.deleted", t.name()));
    }

    void newTypeVersion(String title) {
        change(() -> reference.newTypeListVersion(title), m.get("settings.saved"));
    }

    List<DisputeType> typesOf(DisputeTypeList list) {
        return data.get() == null || list == null ? List.of()
                : data.get().allTypes().stream().filter(t -> t.listId().equals(list.id())).toList();
    }

    /** A sentence for a staff member's fields, or "" when they may be saved (checked inside the dialog). */
    String checkStaff(String name, Object role, String phone) {
        if (name == null || name.isBlank()) {
            return m.get("settings.staff.nameRequired");
        }
        if (role == null) {
            return m.get("settings.staff.roleRequired");
        }
        if (phone != null && !phone.isBlank() && !PhoneNumber.isValid(phone)) {
            return m.get("error.phoneFormat");
        }
        return "";
    }

    private void change(Callable<Object> work, String done) {
        executor.run(() -> {
            work.call();
            return reference.load();
        }, d -> {
            data.set(d);
            message.set(done);
            onChanged.accept(d);
        }, this::failed);
    }

    private void failed(Throwable t) {
        message.set(Errors.sentence(m, t));
    }
}
