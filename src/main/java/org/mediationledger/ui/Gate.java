package org.mediationledger.ui;

import javafx.scene.Node;
import org.mediationledger.model.Permission;
import org.mediationledger.service.Session;

/**
 * The window shows only what the one logged in may do: a button, a tab or a section for work their role may not do is
 * left out (the services refuse it as well). Without accounts everything shows.
 */
public final class Gate {
    private static volatile Session session;

    private Gate() {
    }

    /** The session of the ledger the window shows (set when the main window is built). */
    public static void use(Session s) {
        session = s;
    }

    /** True when the ledger has accounts (then names come from the login, not from a typed setting). */
    public static boolean accountsOn() {
        Session s = session;
        return s != null && s.accountsOn();
    }

    public static boolean may(Permission p) {
        Session s = session;
        return s == null || s.may(p);
    }

    /** The node, left out of the layout unless the one logged in may do this. */
    public static <T extends Node> T require(T node, Permission p) {
        if (!may(p)) {
            node.setVisible(false);
            node.setManaged(false);
        }
        return node;
    }
}
