package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.dialect.Placeholders;
import dev.roundtrip.verifier.dialect.ScriptParseException;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import dev.roundtrip.verifier.dialect.UnresolvedPlaceholderException;
import dev.roundtrip.verifier.migration.ScriptFiles;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/** Reads a script, replaces placeholders and splits it into statements; failures are steps. */
final class ScriptReader {
  private final Charset encoding;

  ScriptReader(Charset encoding) {
    this.encoding = encoding;
  }

  String read(Path script) throws StepFailure {
    return ScriptFiles.read(script, encoding);
  }

  List<SqlStatement> statements(Path script, StatementSplitter splitter, Placeholders placeholders)
      throws StepFailure {
    String text = read(script);
    try {
      return splitter.split(placeholders.replace(text, script.getFileName().toString()));
    } catch (UnresolvedPlaceholderException e) {
      throw new StepFailure(e.getMessage(), script, 0, null, e);
    } catch (ScriptParseException e) {
      throw new StepFailure(e.getMessage(), script, e.line(), null, e);
    }
  }
}
