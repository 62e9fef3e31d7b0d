package org.mediationledger.store;

import java.util.function.Supplier;

/** The name the audit trail writes for changes made now; a settings value until accounts exist. */
public final class CurrentUser implements Supplier<String> {
    private volatile String name;

    public CurrentUser(String name) {
        this.name = name;
    }

    @Override
    public String get() {
        return name;
    }

    public void set(String newName) {
        this.name = newName;
    }
}
