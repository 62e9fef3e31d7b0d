package org.mediationledger.model;

import static org.mediationledger.model.AccountRole.ADMIN;
import static org.mediationledger.model.AccountRole.CLERK;
import static org.mediationledger.model.AccountRole.LEADER;
import static org.mediationledger.model.AccountRole.MEDIATOR;
import static org.mediationledger.model.AccountRole.VILLAGE;

import java.util.EnumSet;
import java.util.Set;

/**
 * What may be done, and by which roles: the one table the window and the services both ask. An administrator may do
 * all the office's work too (in a township office the administrator is one of its staff, often the only one at
 * first), plus accounts, settings and restoring a backup.
 */
public enum Permission {
    MANAGE_ACCOUNTS(ADMIN),
    CHANGE_SETTINGS(ADMIN),
    RESTORE_BACKUP(ADMIN),
    MAKE_BACKUP(ADMIN, CLERK),
    VIEW_HISTORY(ADMIN, CLERK),
    EDIT_REFERENCE(ADMIN, CLERK),
    REGISTER_CASE(ADMIN, CLERK, MEDIATOR, VILLAGE),
    EDIT_CASE(ADMIN, CLERK, MEDIATOR, VILLAGE),
    DELETE_CASE(ADMIN, CLERK),
    RECORD_PATH(ADMIN, CLERK, MEDIATOR),
    RECORD_SCREENING(ADMIN, CLERK, MEDIATOR, VILLAGE),
    ASSIGN_LEADER(ADMIN, CLERK),
    LEADER_WORK(ADMIN, CLERK, LEADER),
    RECEPTION(ADMIN, CLERK, LEADER),
    SHOW_FULL_NUMBERS(ADMIN, CLERK, MEDIATOR),
    /** Set up a village ledger, exchange files with it, decide conflicts (issue 17). */
    EXCHANGE_DATA(ADMIN, CLERK, VILLAGE),
    /** Bring in an office's old registers from workbooks (issue 19): the office's work, not a mediator's or a village's. */
    IMPORT_REGISTERS(ADMIN, CLERK);

    private final Set<AccountRole> roles;

    Permission(AccountRole first, AccountRole... more) {
        this.roles = EnumSet.of(first, more);
    }

    public boolean allows(AccountRole role) {
        return roles.contains(role);
    }
}
