package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Values per type, without a database. */
class ValueGeneratorTest {

  private static GenColumn column(String display, String base, int typmod, boolean nullable) {
    return new GenColumn(
        "c", GenType.base(display, base, typmod), new GenRule(), nullable, 12_345L, true);
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
    GenColumn numeric = column("numeric(8,3)", "numeric", (8 << 16 | 3) + 4, false);
    assertThat(ValueGenerator.specials(numeric))
        .startsWith("99999.999", "12.345", "-99999.999", "0.000", "-12.345", "0.001");
    assertThat(rows(numeric, 20)).contains("99999.999", "12.345").doesNotContainNull();
  }

  @Test
  void boundsNarrowNumbersAndEveryValueKeepsThem() {
    GenColumn stars = column("smallint", "int2", -1, false);
    stars.rule().lower(java.math.BigDecimal.ONE, true);
    stars.rule().upper(java.math.BigDecimal.valueOf(5), true);
    List<String> values = rows(stars, 20);
    assertThat(values)
        .contains("1", "5")
        .allMatch(v -> Set.of("1", "2", "3", "4", "5").contains(v));
  }

  @Test
  void nullableColumnsGetSomeNullsAndBoundedStringsTheirExtremes() {
    GenColumn text = column("character varying(12)", "varchar", 16, true);
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
            new String[] {"int4", "-1"},
            new String[] {"text", "-1"},
            new String[] {"uuid", "-1"},
            new String[] {"timestamptz", "-1"},
            new String[] {"date", "-1"},
            new String[] {"inet", "-1"},
            new String[] {"bytea", "-1"},
            new String[] {"varchar", "8"})) {
      GenColumn column = column(type[0], type[0], Integer.parseInt(type[1]), false);
      Set<String> values = new HashSet<>();
      for (long ordinal = 0; ordinal < 500; ordinal++) {
        values.add(ValueGenerator.regular(column, ordinal));
      }
      assertThat(values).as(type[0]).hasSize(500);
    }
  }

  @Test
  void timestampsAreCutToTheColumnsPrecisionAndCarryOffsets() {
    GenColumn stamp = column("timestamp(0) with time zone", "timestamptz", 0, false);
    assertThat(ValueGenerator.specials(stamp)).first().isEqualTo("2000-02-29 12:34:56+05:30");
    GenColumn micros = column("timestamp with time zone", "timestamptz", -1, false);
    assertThat(ValueGenerator.specials(micros)).contains("2000-02-29 12:34:56.789012+05:30");
    assertThat(ValueGenerator.regular(micros, 3))
        .matches(".* \\d\\d:\\d\\d:\\d\\d.*[+-]\\d\\d:\\d\\d");
  }

  @Test
  void arraysQuoteTheirElements() {
    GenType element = GenType.base("text", "text", -1);
    GenColumn array =
        new GenColumn(
            "tags",
            new GenType(
                "text[]",
                "_text",
                GenType.Kind.ARRAY,
                "A",
                -1,
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
    GenColumn a = column("integer", "int4", -1, true);
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
    assertThat(ValueGenerator.supported(GenType.base("hstore", "hstore", -1))).isFalse();
    assertThat(
            ValueGenerator.supported(
                new GenType(
                    "pair",
                    "pair",
                    GenType.Kind.OTHER,
                    "C",
                    -1,
                    List.of(),
                    null,
                    List.of(),
                    false)))
        .isFalse();
    assertThat(ValueGenerator.supported(GenType.base("money", "money", -1))).isTrue();
  }
}
