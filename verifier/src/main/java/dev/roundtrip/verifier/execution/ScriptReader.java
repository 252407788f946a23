package dev.roundtrip.verifier.execution;

import dev.roundtrip.verifier.dialect.Placeholders;
import dev.roundtrip.verifier.dialect.ScriptParseException;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import dev.roundtrip.verifier.dialect.UnresolvedPlaceholderException;
import dev.roundtrip.verifier.migration.ScriptConfig;
import dev.roundtrip.verifier.migration.ScriptFiles;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;

/** Reads a script, replaces placeholders and splits it into statements; failures are steps. */
public final class ScriptReader {
  private final Charset encoding;

  public ScriptReader(Charset encoding) {
    this.encoding = encoding;
  }

  /**
   * @throws dev.roundtrip.verifier.migration.MigrationInputException when the file cannot be read
   *     or is not valid in {@code charset}
   */
  private static String read(Path script, Charset charset) {
    return ScriptFiles.read(script, charset);
  }

  public List<SqlStatement> statements(
      Path script, StatementSplitter splitter, Placeholders placeholders) throws StepFailure {
    return statements(script, splitter, placeholders, ScriptConfig.NONE);
  }

  /**
   * The statements of {@code script} as Flyway would run them under its script configuration {@code
   * conf}: in the encoding it names, with placeholders replaced unless it turns that off.
   */
  List<SqlStatement> statements(
      Path script, StatementSplitter splitter, Placeholders placeholders, ScriptConfig conf)
      throws StepFailure {
    String text = read(script, conf.encoding() == null ? encoding : charset(script, conf));
    try {
      String sql =
          Boolean.FALSE.equals(conf.placeholderReplacement())
              ? text
              : placeholders.replace(text, script.getFileName().toString());
      return splitter.split(sql);
    } catch (UnresolvedPlaceholderException e) {
      throw new StepFailure(e.getMessage(), script, 0, null, e);
    } catch (ScriptParseException e) {
      throw new StepFailure(e.getMessage(), script, e.line(), null, e);
    }
  }

  private static Charset charset(Path script, ScriptConfig conf) throws StepFailure {
    try {
      return Charset.forName(conf.encoding());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new StepFailure(
          "unknown encoding '"
              + conf.encoding()
              + "' in the script configuration "
              + script.getFileName()
              + ".conf",
          script,
          0,
          null,
          e);
    }
  }
}
