package org.mediationledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data archive the installed program makes on its first start, and a later start that maps it. */
class ClassArchiveTest {
    @TempDir
    Path dir;

    @Test
    void onlyAStartFromTheInstalledLauncherAsksForAnArchive() {
        assertThat(System.getProperty("jpackage.app-path")).isNull();
        assertThat(ClassArchive.wanted()).as("a start from a jar or the IDE makes nothing").isNull();
    }

    @Test
    void theMakerWritesAnArchiveThatALaterStartMaps() throws Exception {
        Path archive = dir.resolve("ledger-0.1.0.jsa");
        String cp = jarClassPath();
        assertThat(ClassArchive.Maker.make(archive, cp)).as(() -> cp + "\n" + ClassArchive.lastFailure).isTrue();
        assertThat(archive).exists();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).as("no part or marker left")
                .containsExactlyInAnyOrder("ledger-0.1.0.jsa", "app");
        // -Xshare:on refuses to start when the archive cannot be mapped: starting at all is the proof
        Process p = new ProcessBuilder(ClassArchive.java(), "-Xmx1g", "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-Xlog:class+load", "-cp", cp, Main.class.getName(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        // (picocli's classes are of Java 5 and stay out of any archive)
        assertThat(out).contains("org.mediationledger.cli.Cli source: shared objects file (top)")
                .contains("org.mediationledger.cli.MainCommand source: shared objects file (top)");
        // the window's classes are in it too, although the training run showed no window
        Process list = new ProcessBuilder(ClassArchive.java(), "-Xmx1g", "-XX:SharedArchiveFile=" + archive,
                "-XX:+PrintSharedArchiveAndExit", "-cp", cp, Main.class.getName()).redirectErrorStream(true).start();
        String classes = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(list.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(classes).contains("javafx.scene.control.TableView app_loader", "javafx.scene.chart.BarChart app_loader",
                "org.mediationledger.ui.shell.MainWindow app_loader", "org.h2.engine.Database app_loader");
    }

    /**
     * The program as installed: its classes in one jar, then the libraries' jars (an archive can be made from jars
     * only, not from a folder such as target/classes).
     */
    private String jarClassPath() throws Exception {
        Path jar = dir.resolve("app").resolve("mediation-ledger.jar");
        Files.createDirectories(jar.getParent());
        Path classes = Path.of("target/classes");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(classes)) {
            // folders too, as jar writes them: Flyway finds db/migration by asking the class loader for the folder
            for (Path f : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
                boolean folder = Files.isDirectory(f);
                out.putNextEntry(new java.util.jar.JarEntry(folder ? name + "/" : name));
                if (!folder) {
                    Files.copy(f, out);
                }
                out.closeEntry();
            }
        }
        StringBuilder cp = new StringBuilder(jar.toString());
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.endsWith(".jar") && Files.isRegularFile(Path.of(e)) && !e.contains("surefire")) {
                cp.append(File.pathSeparator).append(e);
            }
        }
        return cp.toString();
    }

    @Test
    void aFailedTrainingRunLeavesNothingBehind() throws Exception {
        Path archive = dir.resolve("ledger-0.1.0.jsa");
        assertThat(ClassArchive.Maker.make(archive, dir.resolve("no-such.jar") + File.pathSeparator)).isFalse();
        assertThat(Files.list(dir)).isEmpty();
    }
}
