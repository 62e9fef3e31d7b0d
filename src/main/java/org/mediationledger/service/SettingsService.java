package org.mediationledger.service;

import org.mediationledger.store.CurrentUser;
import org.mediationledger.store.SettingsRepository;

/** Settings kept in the data file: township name and the user name written to the audit trail. */
public final class SettingsService {
    public static final String TOWNSHIP = "township.name";
    public static final String USER = "user.name";
    private final SettingsRepository repo;
    private final CurrentUser currentUser;

    public SettingsService(SettingsRepository repo, CurrentUser currentUser) {
        this.repo = repo;
        this.currentUser = currentUser;
        repo.get(USER).ifPresent(currentUser::set);
    }

    public String township() {
        return repo.get(TOWNSHIP).orElse("");
    }

    public void setTownship(String name) {
        repo.put(TOWNSHIP, requireText(name));
    }

    public String userName() {
        return currentUser.get();
    }

    public void setUserName(String name) {
        repo.put(USER, requireText(name));
        currentUser.set(name.strip());
    }

    private static String requireText(String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("empty setting");
        }
        return s.strip();
    }
}
