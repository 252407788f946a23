package dev.roundtrip.verifier.migration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the text of a migration or seed script in the configured encoding. A byte sequence that is
 * not valid in that encoding is an error naming the file, the bytes, the offset of the first one
 * (from 0, as hex dumps count), its line (from 1) and the encoding, rather than the decoder's bare
 * {@code Input length = 1}. A leading byte order mark is dropped, as Flyway drops it.
 */
public final class ScriptFiles {
  private ScriptFiles() {}

  /**
   * The text of {@code file}.
   *
   * @throws MigrationInputException when the file cannot be read or is not valid in {@code
   *     encoding}
   */
  public static String read(Path file, Charset encoding) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new MigrationInputException(
          "cannot read " + file + ": " + e.getMessage(), "Check that the file is readable.", e);
    }
    String text = decode(file, bytes, encoding);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String decode(Path file, byte[] bytes, Charset encoding) {
    CharsetDecoder decoder =
        encoding
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    CoderResult result = decoder.decode(in, out, true);
    while (result.isOverflow()) {
      out = grown(out);
      result = decoder.decode(in, out, true);
    }
    if (result.isError()) {
      throw invalid(file, bytes, in.position(), result.length(), out.flip(), encoding);
    }
    result = decoder.flush(out);
    while (result.isOverflow()) {
      out = grown(out);
      result = decoder.flush(out);
    }
    return out.flip().toString();
  }

  private static CharBuffer grown(CharBuffer out) {
    return CharBuffer.allocate(out.capacity() * 2 + 16).put(out.flip());
  }

  private static MigrationInputException invalid(
      Path file, byte[] bytes, int offset, int length, CharBuffer before, Charset encoding) {
    StringBuilder evidence = new StringBuilder();
    for (int i = offset; i < Math.min(offset + length, bytes.length); i++) {
      evidence.append(evidence.length() == 0 ? "" : " ");
      evidence.append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xff));
    }
    return new MigrationInputException(
        file
            + ": "
            + (length > 1 ? "bytes " : "byte ")
            + evidence
            + " at offset "
            + offset
            + " (line "
            + line(before)
            + ") "
            + (length > 1 ? "are" : "is")
            + " not valid "
            + encoding.name(),
        "Save the file as "
            + encoding.name()
            + ", or set <encoding> to the encoding it is written in (e.g. ISO-8859-1).");
  }

  /** The 1-based line the decoded text ends on: after \n, \r\n or a lone \r. */
  private static int line(CharBuffer text) {
    int line = 1;
    for (int i = 0; i < text.limit(); i++) {
      char c = text.get(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.limit() || text.get(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
