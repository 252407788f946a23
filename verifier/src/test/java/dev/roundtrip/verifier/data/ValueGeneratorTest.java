package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.GenType.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Values per type, without a database. */
class ValueGeneratorTest {

  private static GenColumn column(String display, String base, Size size, boolean nullable) {
    return new GenColumn(
        "c", GenType.base(display, base, size), new GenRule(), nullable, 12_345L, true);
  }

  private static List<String> rows(GenColumn column, int count) {
    List<String> values = new ArrayList<>();
    for (int row = 0; row < count; row++) {
      values.add(ValueGenerator.value(column, row, row, 0));
    }
    return values;
  }

  @Test
  void numericGetsItsMaximumAndFullScaleFractionsTypedExactly() {
    GenColumn numeric = column("numeric(8,3)", "numeric", Size.numeric(8, 3), false);
    assertThat(ValueGenerator.specials(numeric))
        .startsWith("99999.999", "12.345", "-99999.999", "0.000", "-12.345", "0.001");
    assertThat(rows(numeric, 20)).contains("99999.999", "12.345").doesNotContainNull();
  }

  @Test
  void boundsNarrowNumbersAndEveryValueKeepsThem() {
    GenColumn stars = column("smallint", "smallint", Size.NONE, false);
    stars.rule().lower(java.math.BigDecimal.ONE, true);
    stars.rule().upper(java.math.BigDecimal.valueOf(5), true);
    List<String> values = rows(stars, 20);
    assertThat(values)
        .contains("1", "5")
        .allMatch(v -> Set.of("1", "2", "3", "4", "5").contains(v));
  }

  @Test
  void nullableColumnsGetSomeNullsAndBoundedStringsTheirExtremes() {
    GenColumn text = column("character varying(12)", "varchar", Size.length(12), true);
    List<String> values = rows(text, 20);
    assertThat(values).containsNull().contains("", "it's a \"quot");
    assertThat(values).anyMatch(v -> v != null && v.codePointCount(0, v.length()) == 12);
    assertThat(values).allMatch(v -> v == null || v.codePointCount(0, v.length()) <= 12);
    assertThat(values.stream().filter(v -> v == null).count()).isEqualTo(4);
  }

  @Test
  void regularValuesDifferFromRowToRow() {
    for (String[] type :
        List.of(
            new String[] {"integer", "-1"},
            new String[] {"text", "-1"},
            new String[] {"uuid", "-1"},
            new String[] {"timestamp with time zone", "-1"},
            new String[] {"date", "-1"},
            new String[] {"inet", "-1"},
            new String[] {"binary", "-1"},
            new String[] {"varchar", "4"})) {
      int length = Integer.parseInt(type[1]);
      GenColumn column =
          column(type[0], type[0], length < 0 ? Size.NONE : Size.length(length), false);
      Set<String> values = new HashSet<>();
      for (long ordinal = 0; ordinal < 500; ordinal++) {
        values.add(ValueGenerator.regular(column, ordinal));
      }
      assertThat(values).as(type[0]).hasSize(500);
    }
  }

  @Test
  void timestampsAreCutToTheColumnsPrecisionAndCarryOffsets() {
    GenColumn stamp =
        column("timestamp(0) with time zone", "timestamp with time zone", Size.fraction(0), false);
    assertThat(ValueGenerator.specials(stamp)).first().isEqualTo("2000-02-29 12:34:56+05:30");
    GenColumn micros =
        column("timestamp with time zone", "timestamp with time zone", Size.NONE, false);
    assertThat(ValueGenerator.specials(micros)).contains("2000-02-29 12:34:56.789012+05:30");
    assertThat(ValueGenerator.regular(micros, 3))
        .matches(".* \\d\\d:\\d\\d:\\d\\d.*[+-]\\d\\d:\\d\\d");
  }

  @Test
  void arraysQuoteTheirElements() {
    GenType element = GenType.base("text", "text", Size.NONE);
    GenColumn array =
        new GenColumn(
            "tags",
            new GenType(
                "text[]",
                "text[]",
                GenType.Kind.ARRAY,
                "",
                Size.NONE,
                List.of(),
                element,
                List.of(),
                false),
            new GenRule(),
            true,
            1L,
            true);
    List<String> specials = ValueGenerator.specials(array);
    assertThat(specials.get(0))
        .startsWith("{\"\",\"Lorem ipsum")
        .endsWith("\"it's a \\\"quoted\\\" value\"}");
    assertThat(specials).contains("{}", "{NULL}").anyMatch(v -> v.contains("back\\\\slash"));
  }

  @Test
  void theSameSeedGivesTheSameValuesAndAnotherSeedOthers() {
    GenColumn a = column("integer", "integer", Size.NONE, true);
    GenColumn b = new GenColumn("c", a.type(), new GenRule(), true, GenColumn.mix(1, "t.c"), true);
    GenColumn c = new GenColumn("c", a.type(), new GenRule(), true, GenColumn.mix(2, "t.c"), true);
    assertThat(rows(b, 20))
        .isEqualTo(
            rows(
                new GenColumn("c", a.type(), new GenRule(), true, GenColumn.mix(1, "t.c"), true),
                20));
    assertThat(rows(c, 20)).isNotEqualTo(rows(b, 20));
  }

  @Test
  void typesWithoutAGeneratorAreKnown() {
    assertThat(ValueGenerator.supported(GenType.base("hstore", "hstore", Size.NONE))).isFalse();
    assertThat(
            ValueGenerator.supported(
                new GenType(
                    "pair",
                    "pair",
                    GenType.Kind.OTHER,
                    "",
                    Size.NONE,
                    List.of(),
                    null,
                    List.of(),
                    false)))
        .isFalse();
    assertThat(ValueGenerator.supported(GenType.base("money", "money", Size.NONE))).isTrue();
  }
}
