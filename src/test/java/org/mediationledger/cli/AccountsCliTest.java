package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;

/** Accounts from the command line: passwords only from the environment (or typed), never as arguments. */
class AccountsCliTest extends CliFixture {

    private int runAs(Map<String, String> env, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        Cli cli = new Cli((p, m, create) -> Composition.open(p, m, TestData.CLOCK, create), new PrintWriter(out), new PrintWriter(err));
        cli.environment(env::get);
        return cli.run(args);
    }

    @Test
    void aLedgerWithAccountsIsUsedByLoggingIn() throws Exception {
        String d = "--db=" + db;
        assertThat(runAs(Map.of("ML_PASSWORD", "secret-123"), "accounts", "init", "--name", "王所长", d)).isZero();
        assertThat(out.toString()).contains("已创建管理员“王所长”");

        // no --user: one sentence, exit 2; no password anywhere (no console in a test): one sentence naming the variable
        assertThat(runAs(Map.of(), "cases", "list", d)).isEqualTo(2);
        assertThat(err.toString()).contains("--user", "ML_PASSWORD");
        assertThat(runAs(Map.of(), "cases", "list", "--user", "王所长", d)).isEqualTo(2);
        assertThat(err.toString()).contains("没有读到密码", "ML_PASSWORD");
        assertThat(runAs(Map.of("ML_PASSWORD", "wrong-pass"), "cases", "list", "--user", "王所长", d)).isEqualTo(1);
        assertThat(err.toString()).contains("用户名或密码不对", "再错 4 次");

        // the administrator adds a village user; the village user changes the first password, then works in their village only
        assertThat(runAs(Map.of("ML_PASSWORD", "secret-123", "ML_NEW_PASSWORD", "first-pass-1"), "accounts", "add",
                "--name", "东山", "--role", "村（居）用户", "--unit", "东山村", "--user", "王所长", d)).isZero();
        assertThat(runAs(Map.of("ML_PASSWORD", "first-pass-1"), "units", "list", "--user", "东山", d)).isZero();
        assertThat(runAs(Map.of("ML_PASSWORD", "first-pass-1"), "screening", "delete", "--id", java.util.UUID.randomUUID().toString(),
                "--user", "东山", d)).isEqualTo(1);
        assertThat(err.toString()).contains("请先修改密码");
        assertThat(runAs(Map.of("ML_PASSWORD", "first-pass-1", "ML_NEW_PASSWORD", "own-pass-22"), "accounts", "passwd", "--user", "东山", d))
                .isZero();
        assertThat(runAs(Map.of("ML_PASSWORD", "own-pass-22"), "units", "add", "--name", "新村", "--user", "东山", d)).isEqualTo(1);
        assertThat(err.toString()).contains("账户“东山”（村（居）用户）不能修改村（居）、网格、人员和纠纷类型", "未保存");
        assertThat(runAs(Map.of("ML_PASSWORD", "own-pass-22"), "audit", "verify", "--user", "东山", d)).isEqualTo(1);

        // the administrator's list: names, roles, units; the history shows who did what, under their account names
        assertThat(runAs(Map.of("ML_PASSWORD", "secret-123"), "accounts", "list", "--format", "json", "--user", "王所长", d)).isZero();
        var list = new ObjectMapper().readTree(out.toString());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("name").asText()).isEqualTo("东山");
        assertThat(list.get(0).get("role").asText()).isEqualTo("VILLAGE");
        assertThat(list.get(0).get("unit").asText()).isEqualTo("东山村");
        assertThat(runAs(Map.of("ML_PASSWORD", "secret-123"), "audit", "verify", "--user", "王所长", d)).isZero();
        assertThat(out.toString()).contains("历史记录完整");

        // the idle lock's minutes: a setting of the administrator's
        assertThat(runAs(Map.of("ML_PASSWORD", "secret-123"), "settings", "set", "--key", "idleMinutes", "--value", "5",
                "--user", "王所长", d)).isZero();
        assertThat(runAs(Map.of("ML_PASSWORD", "own-pass-22"), "settings", "set", "--key", "idleMinutes", "--value", "0",
                "--user", "东山", d)).isEqualTo(1);
        assertThat(runAs(Map.of("ML_PASSWORD", "own-pass-22"), "settings", "get", "--format", "json", "--user", "东山", d)).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("idleMinutes").asInt()).isEqualTo(5);
    }

    @Test
    void theRecoveryKeySetsAForgottenAdministratorPasswordAndOnlyAnAdministratorRestoresABackup() throws Exception {
        String d = "--db=" + db;
        assertThat(runAs(Map.of("ML_PASSWORD", "secret-123"), "accounts", "init", "--name", "王所长", d)).isZero();
        java.util.regex.Matcher k = java.util.regex.Pattern.compile("([0-9A-Z]{4}(-[0-9A-Z]{4}){7})").matcher(err.toString());
        assertThat(k.find()).as(err.toString()).isTrue();
        String key = k.group(1);
        assertThat(out.toString()).doesNotContain(key); // on the error stream: a JSON or CSV output stays clean

        assertThat(runAs(Map.of("ML_RECOVERY_KEY", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "ML_NEW_PASSWORD", "new-pass-44"),
                "accounts", "recover", "--name", "王所长", d)).isEqualTo(1);
        assertThat(err.toString()).contains("恢复密钥不对");
        assertThat(runAs(Map.of("ML_RECOVERY_KEY", key.toLowerCase(), "ML_NEW_PASSWORD", "new-pass-44"),
                "accounts", "recover", "--name", "王所长", d)).isZero();
        assertThat(out.toString()).contains("已用恢复密钥为管理员“王所长”设了新密码");
        assertThat(runAs(Map.of("ML_PASSWORD", "secret-123"), "cases", "list", "--user", "王所长", d)).isEqualTo(1);
        assertThat(runAs(Map.of("ML_PASSWORD", "new-pass-44"), "cases", "list", "--user", "王所长", d)).isZero();
        assertThat(runAs(Map.of("ML_PASSWORD", "new-pass-44"), "accounts", "recovery-key", "--user", "王所长", d)).isZero();
        assertThat(err.toString()).containsPattern("[0-9A-Z]{4}(-[0-9A-Z]{4}){7}").doesNotContain(key);

        // a backup, then a clerk may not put it in place; without a login nobody may; the administrator may, and it is recorded
        java.nio.file.Path zip = java.nio.file.Path.of(db).resolveSibling("by-hand.zip");
        assertThat(runAs(Map.of("ML_PASSWORD", "new-pass-44", "ML_NEW_PASSWORD", "first-pass-1"), "accounts", "add", "--name", "陈",
                "--role", "CLERK", "--user", "王所长", d)).isZero();
        assertThat(runAs(Map.of("ML_PASSWORD", "first-pass-1", "ML_NEW_PASSWORD", "own-pass-22"), "accounts", "passwd", "--user", "陈", d))
                .isZero();
        assertThat(runAs(Map.of("ML_PASSWORD", "new-pass-44"), "backup", "--out", zip.toString(), "--user", "王所长", d)).isZero();
        // (the login is checked against the backup's accounts: it is what will be in place, and the current file may be damaged)
        long before = java.nio.file.Files.size(java.nio.file.Path.of(db));
        assertThat(runAs(Map.of(), "restore", "--from", zip.toString(), d)).isEqualTo(2);
        assertThat(err.toString()).contains("--user");
        assertThat(runAs(Map.of("ML_PASSWORD", "own-pass-22"), "restore", "--from", zip.toString(), "--user", "陈", d)).isEqualTo(1);
        assertThat(err.toString()).contains("不能从备份恢复");
        assertThat(java.nio.file.Files.size(java.nio.file.Path.of(db))).as("nothing replaced").isEqualTo(before);
        assertThat(runAs(Map.of("ML_PASSWORD", "new-pass-44"), "restore", "--from", zip.toString(), "--user", "王所长", d)).isZero();
        assertThat(runAs(Map.of("ML_PASSWORD", "new-pass-44"), "audit", "list", "--format", "json", "--user", "王所长", d)).isZero();
        assertThat(out.toString()).contains("RESTORE_BACKUP", "by-hand.zip");
    }
}
