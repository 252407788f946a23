package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.RoundtripConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On real MariaDB, a lossless history whose trigger adds each new order line to its order's total
 * passes: the rows the replay generates for order lines do not go through the trigger, so the
 * totals of existing orders are the same after the down script as before the migration.
 */
class MariaDbTriggerRoundTripTest {
  @TempDir Path project;

  private void file(String path, String sql) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, sql);
  }

  @Test
  void generatedLinesLeaveTheTotalsATriggerMaintainsAlone() throws IOException {
    file(
        "src/main/resources/db/migration/V1__orders.sql",
        """
        CREATE TABLE orders (id INT PRIMARY KEY, total DECIMAL(12,2) NOT NULL DEFAULT 0);
        INSERT INTO orders (id, total) VALUES (1, 10.00), (2, 20.50), (3, 0.00);
        CREATE TABLE order_lines (id INT AUTO_INCREMENT PRIMARY KEY, order_id INT NOT NULL,
          amount DECIMAL(10,2) NOT NULL, FOREIGN KEY (order_id) REFERENCES orders (id));
        CREATE TRIGGER lines_total AFTER INSERT ON order_lines FOR EACH ROW
          UPDATE orders SET total = total + NEW.amount WHERE id = NEW.order_id;
        """);
    file(
        "src/main/resources/db/migration/U1__orders.sql",
        "DROP TABLE order_lines;\nDROP TABLE orders;\n");
    file(
        "src/main/resources/db/migration/V2__line_notes.sql",
        "ALTER TABLE order_lines ADD COLUMN note VARCHAR(40) NULL;\n");
    file(
        "src/main/resources/db/migration/U2__line_notes.sql",
        "ALTER TABLE order_lines DROP COLUMN note;\n");
    RoundtripConfig config =
        RoundtripConfig.builder(project)
            .migrationDirectories(List.of(project.resolve("src/main/resources/db/migration")))
            .seedRows(20)
            .build();

    DialectRun run = RoundTrips.onMariaDb(config);

    assertThat(run.allFindings().stream().filter(Finding::failing).toList()).isEmpty();
    assertThat(run.migrations()).allSatisfy(m -> assertThat(m.status()).isEqualTo(Status.PASSED));
  }
}
