package dev.roundtrip.verifier.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationVersionTest {

  @Test
  void comparesPartsNumericallyNotAsText() {
    List<MigrationVersion> versions = new ArrayList<>();
    for (String v : List.of("10", "2", "1.10", "1.9", "1_2", "1")) {
      versions.add(MigrationVersion.parse(v));
    }
    versions.sort(null);
    assertThat(versions)
        .extracting(MigrationVersion::toString)
        .containsExactly("1", "1.2", "1.9", "1.10", "2", "10");
  }

  @Test
  void trailingZeroPartsDoNotCount() {
    assertThat(MigrationVersion.parse("1.0")).isEqualTo(MigrationVersion.parse("1"));
    assertThat(MigrationVersion.parse("1.0").hashCode())
        .isEqualTo(MigrationVersion.parse("1").hashCode());
    assertThat(MigrationVersion.parse("1.0.1")).isGreaterThan(MigrationVersion.parse("1"));
  }

  @Test
  void underscoresReadAsDots() {
    assertThat(MigrationVersion.parse("2_1").toString()).isEqualTo("2.1");
    assertThat(MigrationVersion.parse("2_1")).isEqualTo(MigrationVersion.parse("2.1"));
  }

  @Test
  void rejectsWhatIsNotAVersion() {
    assertThatThrownBy(() -> MigrationVersion.parse("1..2")).hasMessageContaining("1..2");
    assertThatThrownBy(() -> MigrationVersion.parse("1.a")).hasMessageContaining("'a'");
    assertThatThrownBy(() -> MigrationVersion.parse(""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hugeVersionsLikeTimestampsCompare() {
    assertThat(MigrationVersion.parse("20261122093000"))
        .isLessThan(MigrationVersion.parse("20261122093001"));
  }
}
