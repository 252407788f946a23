package dev.roundtrip.verifier.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptFilesTest {
  @TempDir Path dir;

  private Path file(String name, byte[]... parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.write(part);
    }
    Path p = dir.resolve(name);
    Files.write(p, bytes.toByteArray());
    return p;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsTheTextWithoutTheByteOrderMark() throws IOException {
    Path script = file("V1__a.sql", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("é;"));
    assertThat(ScriptFiles.read(script, StandardCharsets.UTF_8)).isEqualTo("é;");
  }

  @Test
  void aByteThatIsNotValidInTheEncodingIsNamedWithItsOffsetAndLine() throws IOException {
    String before = "-- café\ncreate table t (\r\n  name text\r  default '";
    Path script =
        file("V3__latin1.sql", utf8(before), new byte[] {'n', (byte) 0xE9, 'e', '\''}, utf8(");"));
    int offset = utf8(before).length + 1;

    assertThatThrownBy(() -> ScriptFiles.read(script, StandardCharsets.UTF_8))
        .isInstanceOf(MigrationInputException.class)
        .hasMessage(script + ": byte 0xE9 at offset " + offset + " (line 4) is not valid UTF-8")
        .satisfies(
            e ->
                assertThat(((MigrationInputException) e).fix())
                    .isEqualTo(
                        "Save the file as UTF-8, or set <encoding> to the encoding it is written"
                            + " in (e.g. ISO-8859-1)."));
  }

  @Test
  void theSameBytesReadInTheirOwnEncoding() throws IOException {
    Path script = file("V3__latin1.sql", utf8("select '"), new byte[] {(byte) 0xE9, '\''});
    assertThat(ScriptFiles.read(script, StandardCharsets.ISO_8859_1)).isEqualTo("select 'é'");
  }

  @Test
  void aTruncatedSequenceAtTheEndIsReportedToo() throws IOException {
    Path script = file("U3__cut.sql", utf8("select 1;\n"), new byte[] {(byte) 0xF0, (byte) 0x9F});
    assertThatThrownBy(() -> ScriptFiles.read(script, StandardCharsets.UTF_8))
        .isInstanceOf(MigrationInputException.class)
        .hasMessageStartingWith(
            script + ": bytes 0xF0 0x9F at offset 10 (line 2) are not valid UTF-8");
  }

  @Test
  void linesAreCountedInTheDecodedTextWhateverTheEncoding() throws IOException {
    Charset utf16 = StandardCharsets.UTF_16LE;
    Path script =
        file(
            "V4__utf16.sql",
            "a\nb\n".getBytes(utf16),
            new byte[] {0x00, (byte) 0xDC}); // a lone low surrogate
    assertThatThrownBy(() -> ScriptFiles.read(script, utf16))
        .isInstanceOf(MigrationInputException.class)
        .hasMessageStartingWith(
            script + ": bytes 0x00 0xDC at offset 8 (line 3) are not valid UTF-16LE");
  }

  @Test
  void aMissingFileIsAnInputErrorNamingIt() {
    Path missing = dir.resolve("V9__gone.sql");
    assertThatThrownBy(() -> ScriptFiles.read(missing, StandardCharsets.UTF_8))
        .isInstanceOf(MigrationInputException.class)
        .hasMessageStartingWith("cannot read " + missing);
  }
}
