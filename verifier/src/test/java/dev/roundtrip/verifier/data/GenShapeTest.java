package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.GenType.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shapes read from column names, and the values of each shape, without a database. */
class GenShapeTest {

  private static GenColumn column(String name, String display, String base, Size size) {
    return new GenColumn(name, GenType.base(display, base, size), new GenRule(), false, 77L, true);
  }

  /** Regular values of the column for ordinals 0..count-1, as the generator makes them. */
  private static List<String> regular(GenColumn column, int count) {
    List<String> values = new ArrayList<>();
    for (int ordinal = 0; ordinal < count; ordinal++) {
      values.add(ValueGenerator.regular(column, ordinal));
    }
    return values;
  }

  @Test
  void namesInEveryCaseGiveTheirShape() {
    assertThat(GenShape.of("email")).isEqualTo(GenShape.EMAIL);
    assertThat(GenShape.of("contactEmail")).isEqualTo(GenShape.EMAIL);
    assertThat(GenShape.of("EMAIL_ADDRESS")).isEqualTo(GenShape.EMAIL);
    assertThat(GenShape.of("key_handle")).isEqualTo(GenShape.TOKEN);
    assertThat(GenShape.of("api_key")).isEqualTo(GenShape.TOKEN);
    assertThat(GenShape.of("refresh_token")).isEqualTo(GenShape.TOKEN);
    assertThat(GenShape.of("client_id")).isEqualTo(GenShape.TOKEN);
    assertThat(GenShape.of("password_hash")).isEqualTo(GenShape.TOKEN);
    assertThat(GenShape.of("handle")).isEqualTo(GenShape.USERNAME);
    assertThat(GenShape.of("userName")).isEqualTo(GenShape.USERNAME);
    assertThat(GenShape.of("first_name")).isEqualTo(GenShape.FIRST_NAME);
    assertThat(GenShape.of("givenName")).isEqualTo(GenShape.FIRST_NAME);
    assertThat(GenShape.of("surname")).isEqualTo(GenShape.LAST_NAME);
    assertThat(GenShape.of("display_name")).isEqualTo(GenShape.PERSON);
    assertThat(GenShape.of("name")).isEqualTo(GenShape.LABEL);
    assertThat(GenShape.of("title")).isEqualTo(GenShape.LABEL);
    assertThat(GenShape.of("plan_code")).isEqualTo(GenShape.CODE);
    assertThat(GenShape.of("redirect_url")).isEqualTo(GenShape.URL);
    assertThat(GenShape.of("phone_number")).isEqualTo(GenShape.PHONE);
    assertThat(GenShape.of("ip_address")).isEqualTo(GenShape.IP);
    assertThat(GenShape.of("slug")).isEqualTo(GenShape.SLUG);
    assertThat(GenShape.of("description")).isEqualTo(GenShape.PROSE);
    assertThat(GenShape.of("tags[]")).isEqualTo(GenShape.NONE);
    // a word inside another is not that word
    assertThat(GenShape.of("monkey")).isEqualTo(GenShape.NONE);
    assertThat(GenShape.of("hotel")).isEqualTo(GenShape.NONE);
    assertThat(GenShape.of("payload")).isEqualTo(GenShape.NONE);
  }

  @Test
  void everyShapeGivesADifferentValueForEveryOrdinal() {
    for (GenShape shape : GenShape.values()) {
      if (shape == GenShape.NONE) {
        assertThat(shape.value(0, 0)).isNull();
        continue;
      }
      Set<String> seen = new HashSet<>();
      // far past every list's combinations, and with retries' large ordinals
      for (long ordinal = 0; ordinal < 40_000; ordinal++) {
        assertThat(seen.add(shape.value(ordinal, 311))).as(shape + " at " + ordinal).isTrue();
      }
      for (long ordinal = 3_000_000; ordinal < 3_005_000; ordinal++) {
        assertThat(seen.add(shape.value(ordinal, 311))).as(shape + " at " + ordinal).isTrue();
      }
    }
  }

  @Test
  void valuesLookLikeTheirColumn() {
    assertThat(regular(column("email", "varchar(255)", "varchar", Size.length(255)), 50))
        .allMatch(v -> v.matches("[a-z]+(-[a-z]+)?\\.[a-z]+(-[a-z]+)?[0-9]*@example\\.com"));
    assertThat(regular(column("first_name", "text", "text", Size.NONE), 50))
        .allMatch(v -> v.matches("[A-Z][a-z]+(-[A-Z][a-z]+)?"));
    assertThat(regular(column("full_name", "text", "text", Size.NONE), 50))
        .allMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+(-[A-Z][a-z]+)?( [0-9]+)?"));
    assertThat(regular(column("username", "varchar(64)", "varchar", Size.length(64)), 50))
        .allMatch(v -> v.matches("[a-z]+_[a-z-]+[0-9]*"));
    assertThat(regular(column("token", "text", "text", Size.NONE), 50))
        .allMatch(v -> v.matches("[0-9a-f]{32}"));
    assertThat(regular(column("name", "varchar(40)", "varchar", Size.length(40)), 50))
        .allMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+"));
    assertThat(regular(column("ip", "varchar(45)", "varchar", Size.length(45)), 50))
        .allMatch(v -> v.matches("10\\.[0-9]+\\.[0-9]+\\.[0-9]+"));
  }

  @Test
  void aTokenIsCutToItsColumnAndStaysDistinct() {
    List<String> values =
        regular(column("key_handle", "varchar(20)", "varchar", Size.length(20)), 5000);
    assertThat(values).allMatch(v -> v.matches("[0-9a-f]{20}"));
    assertThat(new HashSet<>(values)).hasSize(5000);
  }

  @Test
  void aValueThatDoesNotFitFallsBackToTaggedWordsStillDistinct() {
    // an address is longer than 12 characters: the plain values keep the column distinct
    List<String> values = regular(column("email", "varchar(12)", "varchar", Size.length(12)), 3000);
    assertThat(values).allMatch(v -> v.length() <= 12).noneMatch(v -> v.contains("@"));
    assertThat(new HashSet<>(values)).hasSize(3000);
    // a token column too short to tell 16 hex digits apart: the same
    List<String> codes = regular(column("token", "char(6)", "char", Size.length(6)), 3000);
    assertThat(codes).allMatch(v -> v.length() <= 6);
    assertThat(new HashSet<>(codes)).hasSize(3000);
  }

  @Test
  void aUniqueKeyOnAPrefixKeepsTheTagFirst() {
    GenColumn email = column("email", "text", "text", Size.NONE);
    email.rule().distinctPrefix(10);
    List<String> values = regular(email, 2000);
    assertThat(values).allMatch(v -> !v.contains("@"));
    assertThat(
            new HashSet<>(
                values.stream().map(v -> v.substring(0, Math.min(10, v.length()))).toList()))
        .hasSize(2000);
  }
}
