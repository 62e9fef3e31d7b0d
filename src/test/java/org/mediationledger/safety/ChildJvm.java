package org.mediationledger.safety;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Another program on this machine: a separate JVM on the test class path, its output lines collected as they come. */
final class ChildJvm implements AutoCloseable {
    final Process process;
    final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildJvm(Process p) {
        this.process = p;
        this.reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Path logDir, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Dh2.bindAddress=127.0.0.1", "-Dledger.log.dir=" + logDir, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                mainClass));
        cmd.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }

    /** As start, with environment variables set for the child (a password in ML_PASSWORD, as a script gives it). */
    static ChildJvm startWithEnv(Path logDir, java.util.Map<String, String> env, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Dh2.bindAddress=127.0.0.1", "-Dledger.log.dir=" + logDir, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dmediation.ledger.bcryptCost=6", "-Dmediation.ledger.kdfIterations=1000", mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        return new ChildJvm(pb.start());
    }

    /** A JVM with only the given jars (another H2 version, say) on its class path. */
    static ChildJvm startWith(List<Path> classPath, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-cp",
                String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()), mainClass));
        cmd.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }

    /** Waits until a line matching the test has arrived; false when the process ended or time ran out first. */
    boolean awaitLine(Predicate<String> test, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (lines.stream().anyMatch(test)) {
                return true;
            }
            if (!process.isAlive() && !reader.isAlive()) {
                return lines.stream().anyMatch(test);
            }
            Thread.sleep(5);
        }
        return false;
    }

    long count(Predicate<String> test) {
        return lines.stream().filter(test).count();
    }

    /** kill -9: no shutdown hook, no closing of files. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(5000);
    }

    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child did not finish in " + seconds + " s; output:\n" + String.join("\n", lines));
        }
        reader.join(5000);
        return process.exitValue();
    }

    String output() {
        return String.join("\n", lines);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
