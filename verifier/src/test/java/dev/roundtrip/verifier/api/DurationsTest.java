package dev.roundtrip.verifier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void readsTheShortFormsAndIso() {
    assertThat(Durations.parse("500ms", "x")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("30s", "x")).isEqualTo(Duration.ofSeconds(30));
    assertThat(Durations.parse(" 45 ", "x")).isEqualTo(Duration.ofSeconds(45));
    assertThat(Durations.parse("10m", "x")).isEqualTo(Duration.ofMinutes(10));
    assertThat(Durations.parse("10min", "x")).isEqualTo(Duration.ofMinutes(10));
    assertThat(Durations.parse("2h", "x")).isEqualTo(Duration.ofHours(2));
    assertThat(Durations.parse("pt1m30s", "x")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void elapsedTimeReadsInMinutesAndSeconds() {
    assertThat(Durations.elapsed(Duration.ofMillis(9_999))).isEqualTo("9 s");
    assertThat(Durations.elapsed(Duration.ofSeconds(83))).isEqualTo("1 min 23 s");
    assertThat(Durations.elapsed(Duration.ofSeconds(3600 + 5 * 60 + 7))).isEqualTo("1 h 5 min");
  }

  @Test
  void refusesWhatIsNoPositiveDuration() {
    assertThatThrownBy(() -> Durations.parse("0s", "statementTimeout"))
        .isInstanceOf(RoundtripException.class)
        .hasMessage("<statementTimeout>: '0s' is not a positive duration");
    assertThatThrownBy(() -> Durations.parse("ten minutes", "statementTimeout"))
        .isInstanceOf(RoundtripException.class)
        .hasMessageContaining("<statementTimeout>")
        .hasMessageContaining("'ten minutes'");
    assertThatThrownBy(() -> Durations.parse("99999999999999999999s", "lockTimeout"))
        .isInstanceOf(RoundtripException.class);
  }

  @Test
  void showsLimitsTheWayMessagesSayThem() {
    assertThat(Durations.show(Duration.ofSeconds(2))).isEqualTo("2 s");
    assertThat(Durations.show(Duration.ofMinutes(10))).isEqualTo("10 min");
    assertThat(Durations.show(Duration.ofMillis(250))).isEqualTo("250 ms");
  }
}
