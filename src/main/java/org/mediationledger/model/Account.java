package org.mediationledger.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A person who logs in. The password is kept only as its Argon2id hash, never here. */
public record Account(UUID id, String name, AccountRole role, UUID unitId, UUID staffId, boolean mustChange,
                      int failedLogins, LocalDateTime lockedUntil, LocalDate retiredOn, int version) {

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
