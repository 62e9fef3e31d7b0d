package org.mediationledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerAddressTest {
    private static String refusal(String text) {
        try {
            ServerAddress.parse(text);
        } catch (ValidationException e) {
            return e.problems().get(0).messageKey();
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void anAddressNamesUserServerPortAndDatabaseAndNeverAPassword() {
        ServerAddress a = ServerAddress.parse("postgresql://clerk@10.1.2.3/ledger");
        assertThat(a).isEqualTo(new ServerAddress("clerk", "10.1.2.3", 5432, "ledger"));
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://10.1.2.3:5432/ledger");
        assertThat(ServerAddress.parse(" postgres://ledger_clerk@db.county.gov.cn:6543/qingshan?sslmode=verify-full "))
                .satisfies(b -> {
                    assertThat(b.port()).isEqualTo(6543);
                    assertThat(b.sslMode()).isEqualTo("verify-full");
                    assertThat(b.jdbcUrl()).isEqualTo("jdbc:postgresql://db.county.gov.cn:6543/qingshan?sslmode=verify-full");
                    assertThat(b.toString()).isEqualTo("postgresql://ledger_clerk@db.county.gov.cn:6543/qingshan?sslmode=verify-full");
                });
        assertThat(ServerAddress.parse("postgresql://clerk@[::1]:5432/ledger").host()).isEqualTo("[::1]");
        assertThat(ServerAddress.isServer("/home/clerk/ledger.mv.db")).isFalse();
        assertThat(ServerAddress.isServer("C:\\台账\\ledger.mv.db")).isFalse();
        assertThat(ServerAddress.of("D:\\ledger.mv.db")).isEmpty();
    }

    @Test
    void aPasswordNoUserOrAWrongShapeIsOneSentence() {
        assertThat(refusal("postgresql://clerk:secret@host/ledger")).isEqualTo("db.server.passwordInAddress");
        assertThat(refusal("postgresql://host/ledger")).isEqualTo("db.server.noUser");
        assertThat(refusal("postgresql://clerk@host")).isEqualTo("db.server.badAddress");
        assertThat(refusal("postgresql://clerk@host:99999/ledger")).isEqualTo("db.server.badAddress");
        assertThat(refusal("postgresql://clerk@host/ledger?sslmode=maybe")).isEqualTo("db.server.badAddress");
        assertThatThrownBy(() -> ServerAddress.parse(null)).isInstanceOf(ValidationException.class);
        assertThat(refusal("postgresql://clerk@host/county?schema=Dong-Shan")).isEqualTo("db.server.badSchema");
        assertThat(refusal("postgresql://clerk@host/county?schema=pg_catalog")).isEqualTo("db.server.badSchema");
        assertThat(refusal("postgresql://clerk@host/county?schema=a&schema=b")).isEqualTo("db.server.badAddress");
        assertThat(refusal("postgresql://clerk@host/county?user=x")).isEqualTo("db.server.badAddress");
    }

    @Test
    void aTownshipOfACountyDatabaseIsASchemaNamedInTheAddress() {
        ServerAddress a = ServerAddress.parse("postgresql://clerk@db.county/county?schema=dongshan&sslmode=verify-full");
        assertThat(a.schema()).isEqualTo("dongshan");
        assertThat(a.sslMode()).isEqualTo("verify-full");
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.county:5432/county?sslmode=verify-full&currentSchema=dongshan");
        assertThat(a.toString()).isEqualTo("postgresql://clerk@db.county:5432/county?sslmode=verify-full&schema=dongshan");
        assertThat(ServerAddress.parse(a.toString())).isEqualTo(a);
        assertThat(a.inSchema(null).toString()).isEqualTo("postgresql://clerk@db.county:5432/county?sslmode=verify-full");
        assertThat(ServerAddress.parse("postgresql://clerk@db.county/county?schema=xishan_2").inSchema("beishan").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.county:5432/county?currentSchema=beishan");
    }
}
