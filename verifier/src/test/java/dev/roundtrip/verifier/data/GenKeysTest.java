package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.ColumnInfo.DefaultKind;
import dev.roundtrip.verifier.data.GenType.Size;
import dev.roundtrip.verifier.data.TableInfo.UniqueKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key values in the form the database compares them, without a database. */
class GenKeysTest {

  private static ColumnInfo column(String name, GenType type, String collation) {
    return new ColumnInfo(name, type, true, null, DefaultKind.NONE, "", false, collation);
  }

  /** A dialect's own binary type: its values are bytes, written as \\x and hex digits. */
  private static final OwnTypes BYTES =
      new OwnTypes() {
        @Override
        public boolean handles(GenType type) {
          return true;
        }

        @Override
        public List<String> specials(GenColumn column) {
          return List.of();
        }

        @Override
        public String regular(GenColumn column, long ordinal) {
          return "\\x00";
        }

        @Override
        public String family(GenType type) {
          return null;
        }

        @Override
        public boolean bytes(GenType type) {
          return true;
        }
      };

  private static final GenType VARCHAR = GenType.base("varchar(40)", "varchar", Size.length(40));

  @Test
  void mySqlCollationsIgnoreCaseAccentsAndTrailingSpacesUnlessBinary() {
    ColumnInfo ci = column("name", VARCHAR, "utf8mb4_general_ci");
    ColumnInfo bin = column("name", VARCHAR, "utf8mb4_bin");
    ColumnInfo accentSensitive = column("name", VARCHAR, "utf8mb4_0900_as_cs");

    assertThat(GenKeys.form(ci, "Ünïcödé  ", 0)).isEqualTo(GenKeys.form(ci, "unicode", 0));
    assertThat(GenKeys.form(ci, "Amber", 0)).isEqualTo("amber");
    assertThat(GenKeys.form(bin, "Amber  ", 0)).isEqualTo("Amber");
    assertThat(GenKeys.form(accentSensitive, "Ünï", 0)).isEqualTo("Ünï");
  }

  @Test
  void prefixKeysCompareTheirFirstCharactersOrBytes() {
    ColumnInfo slug = column("slug", VARCHAR, "utf8mb4_bin");
    ColumnInfo bytes =
        column(
            "b",
            GenType.own("varbinary(16)", "varbinary", Size.length(16), List.of(), List.of(), BYTES),
            null);

    assertThat(GenKeys.form(slug, "日本語のテキスト", 3)).isEqualTo("日本語");
    assertThat(GenKeys.form(bytes, "\\xdeadbeef", 2)).isEqualTo("\\xdead");
    TableInfo table =
        new TableInfo(
            "db.t", "db", "t", List.of(slug, bytes), List.of(), List.of(), List.of(), List.of());
    assertThat(
            GenKeys.tuple(
                table,
                new UniqueKey("k", List.of("slug", "b"), List.of(4, 0)),
                List.of("abcdef", "\\x00")))
        .containsExactly("abcd", "\\x00");
  }

  @Test
  void postgresKeysAreExactButForBlankPaddedCharacters() {
    ColumnInfo text = column("t", GenType.base("text", "text", Size.NONE), null);
    ColumnInfo padded = column("c", GenType.base("character(5)", "char", Size.length(5)), null);

    assertThat(GenKeys.form(text, "Amber  ", 0)).isEqualTo("Amber  ");
    assertThat(GenKeys.form(padded, "ab   ", 0)).isEqualTo("ab");
  }
}
