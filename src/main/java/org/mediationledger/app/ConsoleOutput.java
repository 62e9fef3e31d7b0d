package org.mediationledger.app;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The character set the command line prints in. Into a console: the console's own (a Chinese Windows console is
 * GBK, code page 936; printing UTF-8 there showed 鐭涚浘… instead of 矛盾); into a pipe or a file: UTF-8, so that
 * scripts and the JSON output read the same on every PC. ML_ENCODING (e.g. GBK, UTF-8) overrides both.
 */
final class ConsoleOutput {
    private ConsoleOutput() {
    }

    static Charset charset() {
        java.io.Console console = System.console();
        return choose(System.getenv("ML_ENCODING"), console != null, console == null ? null : console.charset());
    }

    static Charset choose(String override, boolean toConsole, Charset consoleCharset) {
        if (override != null && !override.isBlank()) {
            try {
                return Charset.forName(override.strip());
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8; // a misspelt name: the stable choice rather than a failed start
            }
        }
        return toConsole && consoleCharset != null ? consoleCharset : StandardCharsets.UTF_8;
    }
}
