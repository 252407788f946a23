package dev.roundtrip.verifier.execution;

import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Placeholders;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The placeholders a down script sees: the project's own, plus Flyway's built-in {@code
 * ${flyway:...}} values for the database at hand, as Flyway gives them to up scripts.
 */
public final class FlywayPlaceholders {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private FlywayPlaceholders() {}

  public static Placeholders forDatabase(
      RoundtripConfig config, DisposableDatabase database, String defaultSchema) {
    Map<String, String> values = new HashMap<>(config.placeholders());
    values.put(Placeholders.DEFAULT_SCHEMA, defaultSchema);
    values.put(Placeholders.USER, database.user() == null ? "" : database.user());
    values.put(Placeholders.DATABASE, database.name());
    values.put(Placeholders.TIMESTAMP, LocalDateTime.now().format(TIMESTAMP));
    values.put(Placeholders.WORKING_DIRECTORY, System.getProperty("user.dir"));
    values.put(Placeholders.TABLE, config.table());
    values.put(Placeholders.ENVIRONMENT, "default");
    return new Placeholders(
        values,
        config.placeholderPrefix(),
        config.placeholderSuffix(),
        config.placeholderReplacement());
  }
}
