package org.mediationledger.ui;

import javafx.application.Platform;

/**
 * For the start-up benchmark only (system property mediation.ledger.startupProbe): prints when the window is shown
 * and when the dashboard shows its figures, then closes the program. Does nothing otherwise.
 */
public final class StartupProbe {
    private static final boolean ON = System.getProperty("mediation.ledger.startupProbe") != null;
    private static volatile boolean done;

    private StartupProbe() {
    }

    public static void shown() {
        if (ON) {
            System.out.println("PROBE shown");
            System.out.flush();
        }
    }

    /** Resident memory now and at its peak, from /proc (Linux), e.g. "VmHWM: 281324 kB VmRSS: 279000 kB". */
    private static String memory() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM") || l.startsWith("VmRSS") || l.startsWith("RssAnon") || l.startsWith("RssFile")).map(l -> l.replaceAll("\\s+", " "))
                    .collect(java.util.stream.Collectors.joining(" "));
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The dashboard has its figures: after the next pulse (laid out and drawn), say so and close. */
    public static void usable() {
        if (ON && !done) {
            done = true;
            Platform.runLater(() -> Platform.runLater(() -> {
                System.out.println("PROBE usable");
                System.out.println("PROBE memory " + memory());
                System.out.flush();
                long settle = Long.getLong("mediation.ledger.startupProbe.settleSeconds", 0);
                if (settle <= 0) {
                    Platform.exit();
                    return;
                }
                // the memory once the program has sat idle a while (as a clerk reads the dashboard)
                Thread t = new Thread(() -> {
                    try {
                        Thread.sleep(settle * 1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    System.out.println("PROBE settled " + memory());
                    System.out.flush();
                    Platform.runLater(Platform::exit);
                });
                t.setDaemon(true);
                t.start();
            }));
        }
    }
}
