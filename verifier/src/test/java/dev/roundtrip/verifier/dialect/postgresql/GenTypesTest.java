package dev.roundtrip.verifier.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.GenType.Size;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's types in the generator's model: the names it shares with other dialects are the
 * model's, and type modifiers are read into plain sizes as {@code format_type} reads them.
 */
class GenTypesTest {

  @Test
  void sharedTypesTakeTheModelsNames() {
    assertThat(GenTypes.modelName("int2")).isEqualTo("smallint");
    assertThat(GenTypes.modelName("int4")).isEqualTo("integer");
    assertThat(GenTypes.modelName("int8")).isEqualTo("bigint");
    assertThat(GenTypes.modelName("float8")).isEqualTo("double precision");
    assertThat(GenTypes.modelName("bpchar")).isEqualTo("char");
    assertThat(GenTypes.modelName("bool")).isEqualTo("boolean");
    assertThat(GenTypes.modelName("bytea")).isEqualTo("binary");
    assertThat(GenTypes.modelName("timestamptz")).isEqualTo("timestamp with time zone");
    assertThat(GenTypes.modelName("char")).isEqualTo("\"char\"");
    assertThat(GenTypes.modelName("inet")).isEqualTo("inet");
    assertThat(GenTypes.modelName("numeric")).isEqualTo("numeric");
  }

  @Test
  void modifiersBecomeSizes() {
    assertThat(GenTypes.size("varchar", 24)).isEqualTo(Size.length(20));
    assertThat(GenTypes.size("char", 5)).isEqualTo(Size.length(1));
    assertThat(GenTypes.size("bit varying", 12)).isEqualTo(Size.length(12));
    assertThat(GenTypes.size("numeric", (10 << 16 | 2) + 4)).isEqualTo(Size.numeric(10, 2));
    // PostgreSQL 15 and later: a negative scale, stored in 11 bits
    assertThat(GenTypes.size("numeric", (5 << 16 | (-2 & 0x7ff)) + 4))
        .isEqualTo(Size.numeric(5, -2));
    assertThat(GenTypes.size("numeric", (3 << 16 | 5) + 4)).isEqualTo(Size.numeric(3, 5));
    assertThat(GenTypes.size("timestamp with time zone", 0)).isEqualTo(Size.fraction(0));
    assertThat(GenTypes.size("time", 3)).isEqualTo(Size.fraction(3));
    // interval's modifier holds its fields too; without a plain precision it keeps six digits
    assertThat(GenTypes.size("interval", 0x7fff << 16 | 0xffff)).isEqualTo(Size.NONE);
    assertThat(GenTypes.size("varchar", -1)).isEqualTo(Size.NONE);
    assertThat(GenTypes.size("integer", 7)).isEqualTo(Size.NONE);
  }
}
