package dev.roundtrip.verifier.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.GenCheck;
import dev.roundtrip.verifier.data.GenCheckParser;
import dev.roundtrip.verifier.data.GenCheckParser.GenRelation;
import dev.roundtrip.verifier.data.GenRule;
import dev.roundtrip.verifier.data.GenType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CHECK clauses as MariaDB and MySQL print them, read into rules. The MySQL spellings ({@code
 * _utf8mb4} introducers, full parentheses, {@code -(5)}) are taken from MySQL 8's documentation and
 * output; there is no MySQL server in this build.
 */
class MySqlChecksTest {
  private final Map<String, GenType> columns =
      Map.of(
          "qty", MySqlTypes.type("int(11)", -1, 1, false),
          "price", MySqlTypes.type("decimal(10,2)", -1, 1, false),
          "status", MySqlTypes.type("varchar(10)", -1, 4, false),
          "starts", MySqlTypes.type("date", -1, 1, false),
          "ends", MySqlTypes.type("date", -1, 1, false),
          "Odd `Name`", MySqlTypes.type("int", -1, 1, false));
  private final Map<String, GenRule> rules = new HashMap<>();
  private final List<GenRelation> relations = new ArrayList<>();

  private boolean parse(String clause) {
    GenCheck check = MySqlChecks.translate("c", clause);
    return GenCheckParser.apply(check, columns, rules, relations);
  }

  private GenRule rule(String column) {
    return rules.get(column);
  }

  @Test
  void readsMariaDbsPrintingOfBetweenInAndComparisons() {
    assertThat(parse("`qty` between 1 and 5 and `status` in ('new','it\\'s') and `price` > 0"))
        .isTrue();
    assertThat(rule("qty").lowerBound()).isEqualByComparingTo("1");
    assertThat(rule("qty").upperBound()).isEqualByComparingTo("5");
    assertThat(rule("qty").upperInclusive()).isTrue();
    assertThat(rule("status").allowedValues()).containsExactly("new", "it's");
    assertThat(rule("price").lowerBound()).isEqualByComparingTo("0");
    assertThat(rule("price").lowerInclusive()).isFalse();
  }

  @Test
  void readsMySqlsPrintingWithIntroducersParenthesesAndNegatedLiterals() {
    assertThat(
            parse(
                "(((`qty` between 1 and 5) and (`status` in (_utf8mb4'new',_utf8mb4'paid')))"
                    + " and (`price` >= -(5)))"))
        .isTrue();
    assertThat(rule("qty").upperBound()).isEqualByComparingTo("5");
    assertThat(rule("status").allowedValues()).containsExactly("new", "paid");
    assertThat(rule("price").lowerBound()).isEqualByComparingTo("-5");
    assertThat(parse("(`status` <> _utf8mb4'')")).isTrue();
    assertThat(rule("status").accepts("", null)).isFalse();
    assertThat(parse("(`starts` >= DATE'2000-01-01')")).isTrue();
    assertThat(rule("starts").lowerBound()).isEqualByComparingTo("10957");
  }

  @Test
  void readsColumnComparisonsNotInAndNegatedComparisons() {
    assertThat(parse("`starts` <= `ends`")).isTrue();
    assertThat(relations).containsExactly(new GenRelation("c", "starts", "<=", "ends"));
    assertThat(parse("`qty` not in (3,4)")).isTrue();
    assertThat(rule("qty").accepts("3", new BigDecimal(3))).isFalse();
    assertThat(rule("qty").accepts("5", new BigDecimal(5))).isTrue();
    assertThat(parse("(not((`price` = 7)))")).isTrue();
    assertThat(rule("price").accepts("7", new BigDecimal(7))).isFalse();
    assertThat(parse("`Odd ``Name``` < 10")).isTrue();
    assertThat(rule("Odd `Name`").upperBound()).isEqualByComparingTo("10");
  }

  @Test
  void readsCharacterLengthsAndByteLengthsOnlyAsLowerBounds() {
    assertThat(parse("char_length(`status`) >= 2")).isTrue();
    assertThat(rule("status").minLength()).isEqualTo(2);
    assertThat(parse("octet_length(`status`) > 3")).isTrue();
    assertThat(rule("status").minLength()).isEqualTo(4);
    assertThat(parse("(length(`status`) <= 8)")).isFalse();
    assertThat(rule("status").maxLength()).isEqualTo(-1);
  }

  @Test
  void leavesWhatItCannotReadToTheDatabase() {
    assertThat(parse("`qty` > 0 or `price` > 0")).isFalse();
    assertThat(rules).isEmpty();
    assertThat(parse("(`qty` + 1) * 2 < 1000")).isFalse();
    assertThat(parse("`status` regexp '^[a-z]+$'")).isFalse();
    assertThat(parse("case when `qty` > 0 then 1 else 0 end = 1")).isFalse();
    assertThat(parse("json_valid(`status`)")).isFalse();
    assertThat(parse("`qty` > 0 and `status` like 'a%'")).isFalse();
    assertThat(rules).isEmpty();
    assertThat(parse("`qty` > 0 and (`price` > 0 or `price` is null)")).isFalse();
    assertThat(rule("qty").lowerBound()).isEqualByComparingTo("0");
    assertThat(rule("price")).isNull();
  }

  @Test
  void andBindsTighterThanOr() {
    assertThat(parse("`qty` = 1 or `qty` > 5 and `qty` < 10")).isFalse();
    assertThat(rules).isEmpty();
    assertThat(MySqlChecks.translate("c", "`a` = 1 or `b` > 5 and `b` < 10").definition())
        .isEqualTo("CHECK (((\"a\" = 1) OR ((\"b\" > 5) AND (\"b\" < 10))))");
  }
}
