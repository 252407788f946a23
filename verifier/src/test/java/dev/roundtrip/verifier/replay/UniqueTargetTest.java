package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueTargetTest {
  @Test
  void readsWhatAUniqueIndexOrConstraintCovers() {
    assertThat(UniqueTarget.of("CREATE UNIQUE INDEX plans_code_key ON plans (code)"))
        .isEqualTo(new UniqueTarget("plans", List.of("code")));
    assertThat(
            UniqueTarget.of(
                "create unique index concurrently if not exists k on public.\"Devices\""
                    + " (\"keyHandle\" DESC, owner)"))
        .isEqualTo(new UniqueTarget("public.\"Devices\"", List.of("keyHandle", "owner")));
    assertThat(UniqueTarget.of("ALTER TABLE `tags` ADD UNIQUE KEY tags_name (`name`)"))
        .isEqualTo(new UniqueTarget("`tags`", List.of("name")));
    assertThat(UniqueTarget.of("ALTER TABLE users ADD CONSTRAINT u UNIQUE (email, tenant)"))
        .isEqualTo(new UniqueTarget("users", List.of("email", "tenant")));
  }

  @Test
  void saysNothingWhereItCannotTell() {
    assertThat(UniqueTarget.of("CREATE UNIQUE INDEX k ON users (lower(email))")).isNull();
    assertThat(UniqueTarget.of("CREATE INDEX k ON users (email)")).isNull();
    assertThat(UniqueTarget.of(null)).isNull();
  }
}
