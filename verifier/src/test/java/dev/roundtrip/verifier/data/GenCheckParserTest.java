package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.GenCheckParser.GenRelation;
import dev.roundtrip.verifier.data.GenType.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CHECK forms the seeder understands, as PostgreSQL prints them. */
class GenCheckParserTest {
  private final Map<String, GenType> columns =
      Map.of(
          "qty", GenType.base("integer", "integer", Size.NONE),
          "price", GenType.base("numeric(10,2)", "numeric", Size.numeric(10, 2)),
          "status", GenType.base("character varying(10)", "varchar", Size.length(10)),
          "name", GenType.base("text", "text", Size.NONE),
          "starts", GenType.base("date", "date", Size.NONE),
          "ends", GenType.base("date", "date", Size.NONE),
          "Odd Name", GenType.base("integer", "integer", Size.NONE));
  private final Map<String, GenRule> rules = new HashMap<>();
  private final List<GenRelation> relations = new ArrayList<>();

  private boolean parse(String definition) {
    return GenCheckParser.apply(new GenCheck("c", definition), columns, rules, relations);
  }

  private GenRule rule(String column) {
    return rules.get(column);
  }

  @Test
  void readsBetweenAsTwoInclusiveBounds() {
    assertThat(parse("CHECK (((qty >= 1) AND (qty <= 1000)))")).isTrue();
    assertThat(rule("qty").lowerBound()).isEqualByComparingTo("1");
    assertThat(rule("qty").lowerInclusive()).isTrue();
    assertThat(rule("qty").upperBound()).isEqualByComparingTo("1000");
    assertThat(rule("qty").accepts("1000", new BigDecimal("1000"))).isTrue();
    assertThat(rule("qty").accepts("1001", new BigDecimal("1001"))).isFalse();
  }

  @Test
  void readsCastLiteralsAndComparisonsWrittenTheOtherWayRound() {
    assertThat(parse("CHECK ((price > (0)::numeric))")).isTrue();
    assertThat(parse("CHECK (('-1.5'::numeric < price))")).isTrue();
    assertThat(rule("price").lowerBound()).isEqualByComparingTo("0");
    assertThat(rule("price").lowerInclusive()).isFalse();
    assertThat(parse("CHECK ((starts > '2000-01-01'::date))")).isTrue();
    assertThat(rule("starts").lowerBound()).isEqualByComparingTo("10957");
  }

  @Test
  void readsInListsOfStringsAndNumbers() {
    assertThat(
            parse(
                "CHECK (((status)::text = ANY ((ARRAY['new'::character varying,"
                    + " 'it''s'::character varying])::text[])))"))
        .isTrue();
    assertThat(rule("status").allowedValues()).containsExactly("new", "it's");
    assertThat(parse("CHECK ((qty = ANY (ARRAY[1, 2, 3])))")).isTrue();
    assertThat(rule("qty").allowedValues()).containsExactly("1", "2", "3");
  }

  @Test
  void readsLengthsExclusionsNotNullAndQuotedNames() {
    assertThat(parse("CHECK (((length(name) > 2) AND (name <> ''::text)))")).isTrue();
    assertThat(rule("name").minLength()).isEqualTo(3);
    assertThat(rule("name").accepts("", null)).isFalse();
    assertThat(parse("CHECK ((char_length((status)::text) <= 5))")).isTrue();
    assertThat(rule("status").maxLength()).isEqualTo(5);
    assertThat(parse("CHECK ((\"Odd Name\" IS NOT NULL))")).isTrue();
    assertThat(rule("Odd Name").isNotNull()).isTrue();
    assertThat(parse("CHECK ((qty <> 0))")).isTrue();
    assertThat(rule("qty").accepts("0.00", BigDecimal.ZERO)).isFalse();
  }

  @Test
  void readsComparisonsOfTwoColumns() {
    assertThat(parse("CHECK ((starts <= ends))")).isTrue();
    assertThat(relations).containsExactly(new GenRelation("c", "starts", "<=", "ends"));
  }

  @Test
  void leavesOtherFormsToTheDatabase() {
    assertThat(parse("CHECK (((qty > 0) OR (price > (0)::numeric)))")).isFalse();
    assertThat(parse("CHECK ((name ~ '^[A-Z]+$'::text))")).isFalse();
    assertThat(parse("CHECK (((qty % 2) = 0))")).isFalse();
    assertThat(parse("CHECK ((lower(name) = name))")).isFalse();
    assertThat(parse("CHECK ((name > 'a'::text))")).isFalse();
    assertThat(relations).isEmpty();
  }

  @Test
  void keepsWhatItUnderstandsOfAPartlyUnderstoodCheck() {
    assertThat(parse("CHECK (((qty > 0) AND ((qty % 2) = 0)))")).isFalse();
    assertThat(rule("qty").lowerBound()).isEqualByComparingTo("0");
  }

  @Test
  void readsDomainChecksOnValue() {
    GenType percent =
        new GenType(
            "percent",
            "numeric",
            GenType.Kind.BASE,
            "",
            Size.numeric(5, 2),
            List.of(),
            null,
            List.of(
                new GenCheck(
                    "percent_check",
                    "CHECK (((VALUE >= (0)::numeric) AND (VALUE <= (100)::numeric)))")),
            false);
    GenRule rule = GenCheckParser.domainRule(percent);
    assertThat(rule.lowerBound()).isEqualByComparingTo("0");
    assertThat(rule.upperBound()).isEqualByComparingTo("100");
  }
}
