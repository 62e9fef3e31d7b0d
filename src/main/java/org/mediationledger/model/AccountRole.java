package org.mediationledger.model;

/** What a person who logs in is: the role decides what they may do (see {@link Permission}). */
public enum AccountRole {
    /** 管理员: accounts, settings, backups and restore, the history. */
    ADMIN,
    /** 司法所工作人员: everything in the township's work. */
    CLERK,
    /** 调解员: the cases they mediate, screening. */
    MEDIATOR,
    /** 领导: figures, their assigned matters, supervision. */
    LEADER,
    /** 村（居）用户: only their own village's or community's rounds, findings and cases. */
    VILLAGE
}
