package org.mediationledger.model;

/**
 * Refused for who is asking: not logged in, a role that may not do this, another unit's record, a wrong password, a
 * locked account. The key names the sentence; the arguments fill it.
 */
public final class AccessRefused extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public AccessRefused(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
