package org.mediationledger.model;

import static org.mediationledger.model.AccountRole.ADMIN;
import static org.mediationledger.model.AccountRole.CLERK;
import static org.mediationledger.model.AccountRole.LEADER;
import static org.mediationledger.model.AccountRole.MEDIATOR;
import static org.mediationledger.model.AccountRole.VILLAGE;

import java.util.EnumSet;
import java.util.Set;

/** What may be done, and by which roles: the one table the window and the services both ask. */
public enum Permission {
    MANAGE_ACCOUNTS(ADMIN),
    CHANGE_SETTINGS(ADMIN),
    RESTORE_BACKUP(ADMIN),
    MAKE_BACKUP(ADMIN, CLERK),
    VIEW_HISTORY(ADMIN, CLERK),
    EDIT_REFERENCE(ADMIN, CLERK),
    REGISTER_CASE(CLERK, MEDIATOR, VILLAGE),
    EDIT_CASE(CLERK, MEDIATOR, VILLAGE),
    DELETE_CASE(CLERK),
    RECORD_PATH(CLERK, MEDIATOR),
    RECORD_SCREENING(CLERK, MEDIATOR, VILLAGE),
    ASSIGN_LEADER(CLERK),
    LEADER_WORK(CLERK, LEADER),
    RECEPTION(CLERK, LEADER),
    SHOW_FULL_NUMBERS(CLERK, MEDIATOR);

    private final Set<AccountRole> roles;

    Permission(AccountRole first, AccountRole... more) {
        this.roles = EnumSet.of(first, more);
    }

    public boolean allows(AccountRole role) {
        return roles.contains(role);
    }
}
