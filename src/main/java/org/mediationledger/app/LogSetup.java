package org.mediationledger.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;

/**
 * The program's log, set up in code rather than from a logback.xml: reading the XML loaded some 450 classes (the XML
 * parser, Joran) and cost about 0.25 s of every start. The log keeps its history: ledger.log in the folder Main puts in
 * ledger.log.dir (the data folder), appended, rolled at 5 MB, five old files kept (ledger.log.1.gz … ledger.log.5.gz).
 * A -Dlogback.configurationFile still wins; the tests' logback-test.xml wins unless mediation.ledger.productLog is set.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        boolean testConfig = LogSetup.class.getClassLoader().getResource("logback-test.xml") != null
                && !Boolean.getBoolean("mediation.ledger.productLog");
        if (System.getProperty("logback.configurationFile") != null || testConfig) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String dir = System.getProperty("ledger.log.dir", System.getProperty("java.io.tmpdir")).replace('\\', '/');
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setName("FILE");
        file.setFile(dir + "/ledger.log");
        file.setAppend(true);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(ctx);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/ledger.log.%i.gz");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(ctx);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        file.setEncoder(encoder);
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.start();

        ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        for (String quieter : new String[] {"org.flywaydb", "org.jooq", "org.apache.poi"}) {
            ctx.getLogger(quieter).setLevel(Level.WARN);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
