package dev.roundtrip.verifier.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.GenCheckParser;
import dev.roundtrip.verifier.data.GenColumn;
import dev.roundtrip.verifier.data.GenCompare;
import dev.roundtrip.verifier.data.GenType;
import dev.roundtrip.verifier.data.ValueGenerator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MySQL and MariaDB column types as the generator sees them, from {@code COLUMN_TYPE} as either
 * server prints it. MySQL 8's spellings are tested here, without a server: there is no MySQL server
 * in this build.
 */
class MySqlTypesTest {

  private static GenType type(String columnType) {
    return MySqlTypes.type(columnType, -1, 4, false);
  }

  private static GenColumn column(GenType type) {
    return new GenColumn(
        "c", type, GenCheckParser.domainRule(type), false, 4_242L, MySqlTypes.unicode(null));
  }

  /** Twenty values as the generator makes them for rows 0 to 19. */
  private static List<String> values(GenType type) {
    GenColumn column = column(type);
    List<String> values = new ArrayList<>();
    for (int row = 0; row < 20; row++) {
      values.add(ValueGenerator.value(column, row, row, 0));
    }
    for (long ordinal = 0; ordinal < 200; ordinal++) {
      values.add(ValueGenerator.regular(column, ordinal));
    }
    return values;
  }

  @Test
  void integerTypesKeepTheirRangesWithOrWithoutDisplayWidth() {
    assertThat(values(type("tinyint(4)"))).contains("127", "-128").allMatch(v -> in(v, -128, 127));
    assertThat(values(type("tinyint"))).contains("127", "-128").allMatch(v -> in(v, -128, 127));
    assertThat(values(type("tinyint unsigned"))).contains("255", "0").allMatch(v -> in(v, 0, 255));
    assertThat(values(type("tinyint(3) unsigned")))
        .contains("255", "0")
        .allMatch(v -> in(v, 0, 255));
    assertThat(values(type("smallint unsigned"))).contains("65535").allMatch(v -> in(v, 0, 65535));
    assertThat(values(type("mediumint")))
        .contains("8388607", "-8388608")
        .allMatch(v -> in(v, -8388608, 8388607));
    assertThat(values(type("mediumint(8) unsigned zerofill")))
        .contains("16777215")
        .allMatch(v -> in(v, 0, 16777215));
    assertThat(values(type("int unsigned")))
        .contains("4294967295", "0")
        .allMatch(v -> in(v, 0, 4294967295L));
    assertThat(values(type("int(10) unsigned"))).contains("4294967295");
    assertThat(values(type("int"))).contains("2147483647", "-2147483648");
    assertThat(values(type("bigint unsigned")))
        .contains("18446744073709551615", "0")
        .allMatch(v -> !v.startsWith("-") && v.matches("\\d{1,20}"));
    assertThat(values(type("bigint(20)"))).contains("-9223372036854775808");
  }

  @Test
  void tinyintOfWidthOneIsMySqlsBooleanAndHoldsZeroAndOne() {
    assertThat(values(type("tinyint(1)"))).containsOnly("0", "1");
    assertThat(values(type("tinyint(1) unsigned"))).contains("255");
  }

  @Test
  void decimalsGetTheirMaximumAndFullScaleAndUnsignedOnesNoNegatives() {
    assertThat(values(type("decimal(8,3)"))).contains("99999.999", "-99999.999", "12.345");
    assertThat(values(type("decimal(8,3) unsigned")))
        .contains("99999.999", "12.345")
        .noneMatch(v -> v.startsWith("-"));
    assertThat(values(type("decimal(65,30)"))).contains("9".repeat(35) + "." + "9".repeat(30));
    assertThat(type("decimal(10,0)").precision()).isEqualTo(10);
    assertThat(values(type("float(7,2)"))).contains("99999.99", "-99999.99");
  }

  @Test
  void floatAndDoubleStayFinite() {
    assertThat(values(type("float")))
        .contains("3.40282e38", "-3.40282e38", "-1.5")
        .noneMatch(v -> v.contains("Infinity") || v.contains("NaN"));
    assertThat(values(type("double")))
        .contains("1.7976931348623157e308", "-1.7976931348623157e308")
        .noneMatch(v -> v.contains("Infinity") || v.contains("NaN"));
    assertThat(values(type("double unsigned"))).noneMatch(v -> v.startsWith("-"));
  }

  @Test
  void bitValuesAreBinaryDigitsOfTheColumnsLength() {
    assertThat(values(type("bit(1)"))).containsOnly("0", "1");
    assertThat(values(type("bit(8)")))
        .contains("11111111", "00000000")
        .allMatch(v -> v.length() == 8);
    assertThat(values(type("bit(64)"))).contains("1".repeat(64));
  }

  @Test
  void stringsAreCountedInCharactersAndTextsInTheBytesOfTheirCharacterSet() {
    assertThat(type("varchar(20)").length()).isEqualTo(20);
    assertThat(type("char(3)").base()).isEqualTo("char");
    assertThat(type("char(3)").length()).isEqualTo(3);
    assertThat(MySqlTypes.type("tinytext", 255, 4, false).length()).isEqualTo(63);
    assertThat(MySqlTypes.type("tinytext", 255, 1, false).length()).isEqualTo(255);
    assertThat(MySqlTypes.type("text", 65_535, 4, false).length()).isEqualTo(16_383);
    assertThat(MySqlTypes.type("longtext", 4_294_967_295L, 4, false).base()).isEqualTo("text");
    assertThat(MySqlTypes.type("longtext", 4_294_967_295L, 4, true).base()).isEqualTo("json");
    assertThat(type("json").base()).isEqualTo("json");
    assertThat(MySqlTypes.unicode("utf8mb4_0900_ai_ci")).isTrue();
    assertThat(MySqlTypes.unicode("utf8mb3_general_ci")).isFalse();
    assertThat(MySqlTypes.unicode("latin1_swedish_ci")).isFalse();
  }

  @Test
  void temporalTypesStayInTheirRangesAndKeepTheirFractionalDigits() {
    List<String> timestamps = values(type("timestamp"));
    assertThat(timestamps)
        .contains("1970-01-01 00:00:01", "2038-01-19 03:14:07")
        .allMatch(v -> v.compareTo("1970-01-01 00:00:01") >= 0)
        .allMatch(v -> v.compareTo("2038-01-19 03:14:08") < 0)
        .noneMatch(v -> v.contains(".") || v.contains("+"));
    assertThat(values(type("timestamp(6)"))).contains("2038-01-19 03:14:07.999999");
    assertThat(values(type("datetime(3)")))
        .contains("2000-02-29 12:34:56.789", "9999-12-31 23:59:59.999", "1000-01-01 00:00:00")
        .allMatch(v -> v.compareTo("1000-01-01") >= 0)
        .allMatch(v -> v.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?"));
    assertThat(values(type("date")))
        .contains("1000-01-01", "9999-12-31", "2000-02-29")
        .allMatch(v -> v.compareTo("1000-01-01") >= 0);
    assertThat(values(type("time(2)")))
        .contains("838:59:59", "-838:59:59", "12:34:56.78", "23:59:59.99");
    assertThat(values(type("time"))).contains("12:34:56").noneMatch(v -> v.contains("."));
    assertThat(values(type("year(4)"))).contains("1901", "2155").allMatch(v -> in(v, 1901, 2155));
    assertThat(values(type("year"))).allMatch(v -> in(v, 1901, 2155));
  }

  @Test
  void binaryStringsAreBytesWithinTheirLength() {
    assertThat(values(type("binary(4)"))).allMatch(v -> v.matches("\\\\x[0-9a-f]{8}"));
    assertThat(values(type("binary(4)"))).contains("\\x00000000", "\\xdeadbeef", "\\xffffffff");
    assertThat(values(type("varbinary(3)")))
        .contains("\\x", "\\x00", "\\xdeadbe", "\\x5c27")
        .allMatch(v -> v.length() <= 2 + 6);
    assertThat(values(type("blob"))).anyMatch(v -> v.length() == 2 + 2 * 65_535);
    assertThat(values(type("tinyblob"))).anyMatch(v -> v.length() == 2 + 2 * 255);
  }

  @Test
  void enumAndSetMembersAreReadWithTheirQuotesAndBackslashes() {
    GenType mood = type("enum('sad','it''s','back\\\\slash')");
    assertThat(mood.kind()).isEqualTo(GenType.Kind.ENUM);
    assertThat(mood.labels()).containsExactly("sad", "it's", "back\\slash");
    assertThat(values(mood)).containsOnly("sad", "it's", "back\\slash");
    GenType set = type("set('x','y','z')");
    assertThat(set.labels()).containsExactly("x", "y", "z");
    assertThat(values(set))
        .contains("", "x,y,z", "x", "z", "x,z")
        .allMatch(v -> v.isEmpty() || List.of("x", "y", "z").containsAll(List.of(v.split(","))));
  }

  @Test
  void typesWithoutAGeneratorAreKnown() {
    assertThat(ValueGenerator.supported(type("geometry"))).isFalse();
    assertThat(ValueGenerator.supported(type("point"))).isFalse();
    assertThat(ValueGenerator.supported(type("vector(3)"))).isFalse();
    assertThat(ValueGenerator.supported(type("uuid"))).isTrue();
    assertThat(values(type("inet6")))
        .contains("::1")
        .allMatch(v -> v.matches("([0-9a-f]{0,4}:){2,7}([0-9a-f]{0,4}|\\d+\\.\\d+\\.\\d+\\.\\d+)"));
    assertThat(values(type("inet4"))).contains("255.255.255.255");
  }

  @Test
  void timeDurationsCompareBeyondADayAndBelowZero() {
    GenType time = type("time");
    assertThat(GenCompare.key(time, "838:59:59")).isEqualByComparingTo("3020399000000");
    assertThat(GenCompare.key(time, "-00:00:01.5")).isEqualByComparingTo("-1500000");
    assertThat(GenCompare.key(time, "23:59:59")).isLessThan(GenCompare.key(time, "24:00:00"));
  }

  @Test
  void columnsUnderAPrefixKeyDifferWithinThePrefix() {
    GenType slug = type("varchar(255)");
    GenColumn column = column(slug);
    column.rule().distinctPrefix(6);
    java.util.Set<String> prefixes = new java.util.HashSet<>();
    for (long ordinal = 0; ordinal < 500; ordinal++) {
      prefixes.add(ValueGenerator.regular(column, ordinal).substring(0, 6));
    }
    assertThat(prefixes).hasSize(500);
  }

  private static boolean in(String value, long low, long high) {
    long n = Long.parseLong(value);
    return n >= low && n <= high;
  }
}
