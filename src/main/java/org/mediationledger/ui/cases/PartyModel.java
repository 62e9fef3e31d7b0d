package org.mediationledger.ui.cases;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.mediationledger.model.Gender;
import org.mediationledger.model.Party;
import org.mediationledger.model.PartyRole;

/** One party as the form edits it: text as typed, parsed only when saving. */
public final class PartyModel {
    final UUID id;
    final ObjectProperty<PartyRole> role = new SimpleObjectProperty<>();
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    final StringProperty ethnicity = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    final StringProperty birthDateText = new SimpleStringProperty("");
    final StringProperty age = new SimpleStringProperty("");
    final StringProperty occupation = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty idNumber = new SimpleStringProperty("");

    PartyModel(PartyRole r) {
        this.id = null;
        role.set(r);
        fillFromIdNumber();
    }

    /**
     * A valid ID number fills in the birth date and the gender where they are still empty (a clerk's typing is never
     * overwritten; a mismatch is for the check to point out).
     */
    private void fillFromIdNumber() {
        idNumber.addListener((o, was, now) -> {
            if (org.mediationledger.model.IdNumber.check(now) != org.mediationledger.model.IdNumber.Verdict.VALID) {
                return;
            }
            if (birthDate.get() == null && birthDateText.get().isBlank()) {
                org.mediationledger.model.IdNumber.birthDate(now).ifPresent(d -> {
                    birthDate.set(d);
                    birthDateText.set(d.toString());
                });
            }
            if (gender.get() == null) {
                org.mediationledger.model.IdNumber.gender(now).ifPresent(gender::set);
            }
        });
    }

    PartyModel(Party p) {
        this.id = p.id();
        role.set(p.role());
        name.set(nz(p.name()));
        gender.set(p.gender());
        ethnicity.set(nz(p.ethnicity()));
        birthDate.set(p.birthDate());
        birthDateText.set(p.birthDate() == null ? "" : p.birthDate().toString());
        age.set(p.age() == null ? "" : p.age().toString());
        occupation.set(nz(p.occupation()));
        phone.set(nz(p.phone()));
        address.set(nz(p.address()));
        idNumber.set(nz(p.idNumber()));
        fillFromIdNumber();
    }

    Party toParty(Integer parsedAge) {
        return new Party(id, role.get(), name.get(), gender.get(), ethnicity.get(), birthDate.get(), parsedAge,
                occupation.get(), phone.get(), address.get(), idNumber.get());
    }

    ObservableValue<?>[] observables() {
        return new ObservableValue<?>[] {role, name, gender, ethnicity, birthDate, birthDateText, age, occupation, phone,
            address, idNumber};
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
