package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** A party of a case (申请人 / 被申请人). id is null until saved. */
public record Party(UUID id, PartyRole role, String name, Gender gender, String ethnicity, LocalDate birthDate,
                    Integer age, String occupation, String phone, String address, String idNumber) {

    public Party withId(UUID newId) {
        return new Party(newId, role, name, gender, ethnicity, birthDate, age, occupation, phone, address, idNumber);
    }
}
