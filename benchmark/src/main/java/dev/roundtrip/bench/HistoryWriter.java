package dev.roundtrip.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a generated history twice: as Flyway migrations with their undo scripts ({@code
 * V<n>__<description>.sql}, {@code U<n>__<description>.sql}) and as one Liquibase changelog in
 * formatted SQL, a changeset per migration with its down as {@code --rollback} lines.
 */
final class HistoryWriter {
  static final String CHANGELOG = "changelog.sql";

  private HistoryWriter() {}

  /** Writes the Flyway scripts into {@code folder}, which it empties first. */
  static void writeFlyway(List<Migration> history, Path folder) {
    try {
      if (Files.isDirectory(folder)) {
        try (var files = Files.list(folder)) {
          for (Path f : files.toList()) {
            Files.delete(f);
          }
        }
      }
      Files.createDirectories(folder);
      for (Migration m : history) {
        String name = m.version() + "__" + m.description() + ".sql";
        Files.writeString(folder.resolve("V" + name), script(m.up()), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("U" + name), script(m.down()), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the migrations into " + folder, e);
    }
  }

  /** Writes the changelog as {@code file}. */
  static void writeLiquibase(List<Migration> history, Path file) {
    StringBuilder sql = new StringBuilder("--liquibase formatted sql\n");
    for (Migration m : history) {
      sql.append("\n--changeset bench:").append(m.version()).append('\n');
      sql.append("--comment: ").append(m.description()).append('\n');
      sql.append(script(m.up()));
      for (String statement : m.down()) {
        sql.append("--rollback ").append(oneLine(statement)).append(";\n");
      }
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, sql, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the changelog " + file, e);
    }
  }

  private static String script(List<String> statements) {
    StringBuilder sql = new StringBuilder();
    for (String statement : statements) {
      sql.append(statement).append(";\n");
    }
    return sql.toString();
  }

  private static String oneLine(String statement) {
    return statement.replaceAll("\\s*\n\\s*", " ");
  }
}
