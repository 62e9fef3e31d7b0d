package org.mediationledger.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.service.Services;

/**
 * How long the command line takes to answer, as separate programs (a new JVM each run, as a clerk's script starts
 * it): a bare JVM (the floor), `--version` (the command tree and the log), `cases list` on the demo township after
 * another program changed the file (every row read before it is trusted) and on a file this program closed cleanly
 * (its digest matches: not read again) — each without and with an AppCDS archive. Medians of several runs.
 * Not part of `mvn verify`; run after `mvn -q package -DskipTests` with:
 * mvn test -Dgroups=benchmark -DexcludedGroups= -Dtest=StartupBenchmark [-Dbench.display=:7 for the window, on Xvfb]
 */
@Tag("benchmark")
class StartupBenchmark {
    static final int RUNS = 7;
    /** The runnable jar as shipped (AppCDS archives only classes from jars, not from target/classes). */
    static final Path JAR = Path.of("target/mediation-ledger.jar").toAbsolutePath();
    /** The window's memory options as the installers' launchers and the bundle's scripts set them (pom: dist.memory). */
    static final List<String> MEMORY = List.of("-Xmx1g", "-XX:GCTimeRatio=4", "-XX:G1PeriodicGCInterval=15000",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");

    @Test
    void commandLineStart() throws Exception {
        if (!Files.exists(JAR)) {
            throw new AssertionError("build the jar first: mvn -q package -DskipTests");
        }
        Path dir = Files.createTempDirectory("ledger-start");
        Path db = dir.resolve("ledger.mv.db");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
        }
        Path jsa = dir.resolve("app.jsa");
        run(List.of("-XX:ArchiveClassesAtExit=" + jsa), "cases", "list", "--db", db.toString());
        Path bare = dir.resolve("Bare.java");
        Files.writeString(bare, "public class Bare { public static void main(String[] a) { System.out.println(\"ok\"); } }");
        compileBare(dir, bare);
        report("bare JVM, a compiled hello class", () -> time(List.of(java(), "-cp", dir.toString(), "Bare")));
        h2Alone(dir, db);
        // plain; with the class-data archive; and as the installed command-line launcher runs (archive, C1 only)
        for (int variant = 0; variant < 3; variant++) {
            List<String> opts = variant == 0 ? List.of() : variant == 1 ? List.of("-XX:SharedArchiveFile=" + jsa)
                    : List.of("-XX:SharedArchiveFile=" + jsa, "-XX:TieredStopAtLevel=1");
            String tag = variant == 0 ? "" : variant == 1 ? " (AppCDS)" : " (AppCDS, C1: the cli launcher)";
            report("--version" + tag, () -> run(opts, "--version"));
            report("cases list, file changed since last close" + tag, () -> {
                forgetDigest(dir.resolve("ledger.seen.properties"));
                return run(opts, "cases", "list", "--db", db.toString());
            });
            report("cases list, file as this program closed it" + tag, () -> run(opts, "cases", "list", "--db", db.toString()));
        }
    }

    /**
     * The window: time to the dashboard showing its figures on the demo township, beside a bare JavaFX window, both
     * as new programs (needs a display: DISPLAY set, e.g. Xvfb).
     */
    @Test
    void windowToAUsableDashboard() throws Exception {
        String display = System.getProperty("bench.display", "");
        if (display.isBlank()) {
            System.out.println("window start-up: no display given (-Dbench.display=:7 with Xvfb running), not measured");
            return;
        }
        if (!Files.exists(JAR)) {
            throw new AssertionError("build the jar first: mvn -q package -DskipTests");
        }
        Path dir = Files.createTempDirectory("ledger-window-start");
        Path db = dir.resolve("ledger.mv.db");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
        }
        String cp = JAR + File.pathSeparator + JAR.getParent().resolve("lib") + File.separator + "*" + File.pathSeparator
                + Path.of("target/test-classes").toAbsolutePath();
        report("bare JavaFX window, shown and drawn", () -> untilUsable(display, List.of(java(), "-cp", cp,
                "org.mediationledger.bench.BareWindow$Main")));
        String appCp = JAR + File.pathSeparator + JAR.getParent().resolve("lib") + File.separator + "*"; // no test log set-up
        // with the heap limit the installers' launchers and the start scripts set
        report("the ledger's window, dashboard with its figures", () -> untilUsable(display, window(MEMORY, "-cp", appCp,
                "-Dmediation.ledger.startupProbe=true", "-Dledger.log.dir=" + dir, "org.mediationledger.app.Main",
                "--db", db.toString())));
        // with the archive the installed program makes on its first start (app/ClassArchive: the window's classes too)
        Path jsa = dir.resolve("app.jsa");
        untilExit(List.of(java(), "-cp", appCp, "org.mediationledger.app.ClassArchive$Maker", jsa.toString()));
        report("the ledger's window, dashboard with its figures (AppCDS)", () -> untilUsable(display, window(MEMORY,
                "-XX:SharedArchiveFile=" + jsa, "-cp", appCp, "-Dmediation.ledger.startupProbe=true", "-Dledger.log.dir=" + dir,
                "org.mediationledger.app.Main", "--db", db.toString())));
        String county = System.getProperty("bench.county", "");
        if (!county.isBlank()) { // a file from generate (300 units, 10 years, 250,000 cases)
            report("the ledger's window on the county file", () -> untilUsable(display, window(MEMORY, "-cp", appCp,
                    "-Dmediation.ledger.startupProbe=true", "-Dledger.log.dir=" + dir, "org.mediationledger.app.Main",
                    "--db", county)));
        }
    }

    /**
     * The floor under any command that reads the data file: H2 alone (plain JDBC, no Flyway, jOOQ, checks or
     * picocli) opening the demo file and counting its cases, in its own jar, plain and as the cli launcher runs it.
     */
    private static void h2Alone(Path dir, Path db) throws Exception {
        Path source = dir.resolve("H2Alone.java");
        Files.writeString(source, """
                public class H2Alone {
                    public static void main(String[] a) throws Exception {
                        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + a[0], "sa", "");
                             var r = c.createStatement().executeQuery("select count(*) from mediation_case")) {
                            r.next();
                            System.out.println(r.getInt(1));
                        }
                    }
                }
                """);
        compileBare(dir, source);
        Path jar = dir.resolve("h2alone.jar");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jar").toString(), "cf", jar.toString(),
                "-C", dir.toString(), "H2Alone.class").inheritIO().start();
        p.waitFor(60, TimeUnit.SECONDS);
        Path h2 = Files.list(JAR.getParent().resolve("lib")).filter(f -> f.getFileName().toString().startsWith("h2-"))
                .findFirst().orElseThrow();
        Path copy = dir.resolve("h2alone.mv.db");
        Files.copy(db, copy);
        String cp = jar + File.pathSeparator + h2;
        String name = copy.toString().replaceFirst("\\.mv\\.db$", "");
        Path jsa = dir.resolve("h2alone.jsa");
        time(List.of(java(), "-XX:ArchiveClassesAtExit=" + jsa, "-cp", cp, "H2Alone", name));
        report("H2 alone: open the file, count the cases", () -> time(List.of(java(), "-cp", cp, "H2Alone", name)));
        report("H2 alone (AppCDS, C1)", () -> time(List.of(java(), "-XX:SharedArchiveFile=" + jsa, "-XX:TieredStopAtLevel=1",
                "-cp", cp, "H2Alone", name)));
    }

    private static List<String> window(List<String> memory, String... rest) {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(memory);
        cmd.addAll(List.of(rest));
        return cmd;
    }

    private static void untilExit(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no end: " + cmd);
        }
    }

    /** Milliseconds from starting the program to its "PROBE usable" line. */
    private static double untilUsable(String display, List<String> cmd) throws Exception {
        long t = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        StringBuilder seen = new StringBuilder();
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                seen.append(line).append('\n');
                if (line.startsWith("PROBE memory")) {
                    lastMemory = line.substring("PROBE memory ".length());
                }
                if (line.equals("PROBE usable")) {
                    double ms = (System.nanoTime() - t) / 1e6;
                    String next = r.readLine();
                    if (next != null && next.startsWith("PROBE memory")) {
                        lastMemory = next.substring("PROBE memory ".length());
                    }
                    p.waitFor(30, TimeUnit.SECONDS);
                    return ms;
                }
            }
        } finally {
            p.destroyForcibly();
        }
        throw new AssertionError("no PROBE usable line from " + cmd + ":\n" + seen);
    }

    private static void compileBare(Path dir, Path source) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(), "-d", dir.toString(),
                source.toString()).inheritIO().start();
        p.waitFor(60, TimeUnit.SECONDS);
    }

    /** Removes the digest recorded at close, as when another program (or a copy) changed the file. */
    private static void forgetDigest(Path seen) throws Exception {
        if (Files.exists(seen)) {
            List<String> keep = Files.readAllLines(seen).stream().filter(l -> !l.startsWith("closedSha256=")).toList();
            Files.write(seen, keep);
        }
    }

    private static double run(List<String> jvmOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-Dledger.log.dir=" + System.getProperty("java.io.tmpdir"), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return time(cmd);
    }

    private static double time(List<String> cmd) throws Exception {
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("failed: " + cmd);
        }
        return (System.nanoTime() - t) / 1e6;
    }

    interface Timed {
        double ms() throws Exception;
    }

    /** The resident memory the last window run printed (peak and now), or null. */
    private static volatile String lastMemory;

    private static void report(String what, Timed t) throws Exception {
        lastMemory = null;
        t.ms();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ms[i] = t.ms();
        }
        Arrays.sort(ms);
        System.out.printf("%-58s median %6.0f ms  (min %5.0f, max %5.0f)%s%n", what, ms[RUNS / 2], ms[0], ms[RUNS - 1],
                lastMemory == null ? "" : "  resident: " + lastMemory);
    }

    private static String java() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
