package org.mediationledger.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Class-data sharing (AppCDS) for the installed program. The launchers of the portable folder and the Windows
 * installer ask the JVM for an archive of the program's classes (H2, jOOQ, picocli …) beside the program
 * ({@value #NAME_PREFIX}VERSION.jsa); a start that maps it loads those classes in a fraction of the time. Such an
 * archive is valid only for the very jar files it was made from (their place and time stamps), so it cannot be made
 * when the installer is built: the first start on the PC makes it, in the background, once — a separate program
 * (Maker) makes the demo on a scratch file, lists its cases with -XX:ArchiveClassesAtExit (the window's classes
 * loaded too, see loadWindowClasses) and then moves the archive into place. Until
 * then, and if the folder is not writable (a system-wide install), the program simply starts without it.
 */
final class ClassArchive {
    static final String NAME_PREFIX = "ledger-";
    /** Set in the training run, so that it does not start another. */
    static final String TRAINING = "ML_CLASS_ARCHIVE_RUN";

    private ClassArchive() {
    }

    /** The archive this JVM was asked to map (-XX:SharedArchiveFile in the launcher), when started by the launcher. */
    static Path wanted() {
        if (System.getProperty("jpackage.app-path") == null || System.getenv(TRAINING) != null) {
            return null;
        }
        String version = System.getProperty("jpackage.app-version", "");
        String[] cp = System.getProperty("java.class.path", "").split(File.pathSeparator);
        if (version.isBlank() || cp.length == 0 || cp[0].isBlank()) {
            return null;
        }
        Path appDir = Path.of(cp[0]).toAbsolutePath().getParent();
        return appDir == null ? null : appDir.resolve(NAME_PREFIX + version + ".jsa");
    }

    /** At a start from the launcher: when the archive is missing and its folder writable, have it made (not waited for). */
    static void prepareIfMissing() {
        try {
            Path archive = wanted();
            if (archive == null || Files.exists(archive) || !Files.isWritable(archive.getParent())) {
                return;
            }
            Path making = archive.resolveSibling(archive.getFileName() + ".making");
            if (Files.exists(making) && Files.getLastModifiedTime(making).toMillis() > System.currentTimeMillis() - 600_000) {
                return; // another start is making it
            }
            Files.writeString(making, "");
            try {
                new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), Maker.class.getName(), archive.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                Files.deleteIfExists(making); // no maker started: the next start may try again
            }
        } catch (IOException | RuntimeException e) {
            // without the archive the program starts as it always did
        }
    }

    /**
     * In the training run: the window's classes (JavaFX, the UI libraries, the program's own) are loaded, not
     * initialised, so that the archive holds them too although the training shows no window: a start of the window
     * with such an archive reached the dashboard about 1 s sooner; with the command line's classes alone, 0.6 s.
     */
    static int loadWindowClasses() {
        int loaded = 0;
        ClassLoader loader = ClassArchive.class.getClassLoader();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path jarName = Path.of(entry).getFileName();
            String file = jarName == null ? "" : jarName.toString();
            if (!(file.startsWith("javafx-") || file.startsWith("mediation-ledger") || file.startsWith("atlantafx")
                    || file.startsWith("controlsfx")) || !file.endsWith(".jar")) {
                continue;
            }
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entry)) {
                for (java.util.jar.JarEntry e : java.util.Collections.list(jar.entries())) {
                    String name = e.getName();
                    if (name.endsWith(".class") && !name.startsWith("META-INF") && !name.endsWith("module-info.class")) {
                        try {
                            Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                            loaded++;
                        } catch (Throwable t) {
                            // a class that cannot be loaded here is simply not in the archive
                        }
                    }
                }
            } catch (IOException e) {
                // the same: fewer classes in the archive
            }
        }
        return loaded;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String readLog(Path scratch) {
        try {
            String log = Files.readString(scratch.resolve("ledger.log"));
            return "\n" + log.substring(Math.max(0, log.length() - 3000));
        } catch (IOException e) {
            return "";
        }
    }

    /** One training program, to its end; false (with lastFailure) when it failed. */
    private static boolean run(Path scratch, List<String> cmd, boolean training) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(scratch.resolve("training.log").toFile()));
        if (training) {
            pb.environment().put(TRAINING, "1");
        }
        pb.environment().put("MEDIATION_LEDGER_HOME", scratch.toString());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            lastFailure = "no end in 5 minutes: " + cmd;
            return false;
        }
        if (p.exitValue() != 0) {
            String log = Files.readString(scratch.resolve("training.log"));
            lastFailure = "exit " + p.exitValue() + ": " + log.substring(Math.max(0, log.length() - 2000)) + readLog(scratch);
            return false;
        }
        return true;
    }

    /** Why the last make() in this JVM failed (the end of the training run's output), for the tests. */
    static volatile String lastFailure;

    /** Makes the archive: the demo on a scratch file, its cases listed with the archive written at exit, moved into place. */
    static final class Maker {
        public static void main(String[] args) throws Exception {
            make(Path.of(args[0]), System.getProperty("java.class.path"));
        }

        static boolean make(Path archive, String classPath) throws IOException, InterruptedException {
            Path scratch = Files.createTempDirectory("ledger-class-archive");
            Path part = archive.resolveSibling(archive.getFileName() + ".part");
            try {
                // the demo made first, then the run whose classes are archived lists its cases (the commonest command)
                String db = scratch.resolve("ledger.mv.db").toString();
                if (!run(scratch, List.of(java(), "-Xmx1g", "-cp", classPath, Main.class.getName(), "demo", "--db", db), true)
                        || !run(scratch, List.of(java(), "-Xmx1g", "-XX:ArchiveClassesAtExit=" + part, "-Xlog:cds=off",
                                "-Xlog:cds+dynamic=off", "-cp", classPath, Main.class.getName(), "cases", "list", "--db", db), true)
                        || !Files.exists(part)
                        // moved into place only once a JVM has mapped it (-Xshare:on refuses to start otherwise): an
                        // archive cut short by a full disk or a killed training run never takes the place
                        || !run(scratch, List.of(java(), "-Xmx1g", "-Xshare:on", "-XX:SharedArchiveFile=" + part,
                                "-cp", classPath, Main.class.getName(), "--version"), false)) {
                    return false;
                }
                Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return true;
            } finally {
                Files.deleteIfExists(part);
                Files.deleteIfExists(archive.resolveSibling(archive.getFileName() + ".making"));
                try (Stream<Path> all = Files.walk(scratch)) {
                    for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }
}
