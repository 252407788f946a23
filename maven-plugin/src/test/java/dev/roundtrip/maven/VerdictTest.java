package dev.roundtrip.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.DialectProblem;
import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.Phase;
import dev.roundtrip.verifier.api.RoundtripResult;
import dev.roundtrip.verifier.api.Rule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build's closing message: a dialect that was not verified never hides another's errors. */
class VerdictTest {
  private static final Path REPORT = Path.of("target/roundtrip/roundtrip-report.json");
  private static final DialectProblem MYSQL =
      new DialectProblem(
          "mysql", "no embedded server for MySQL", "Set <provider>server</provider>.");

  private static DialectRun run(String dialect, Finding... findings) {
    MigrationOutcome v3 =
        new MigrationOutcome(
            "3",
            "cut names",
            findings.length == 0 ? Status.PASSED : Status.FAILED,
            new MigrationOutcome.StepTimes(1, 1, 1, 1, 1),
            List.of(findings));
    return new DialectRun(dialect, "embedded", List.of(v3), List.of(), 10);
  }

  private static Finding lost(String dialect) {
    return new Finding(
        Rule.DATA_LOST,
        Rule.DATA_LOST.severity(),
        dialect,
        "3",
        Phase.UP,
        "V3__cut.sql",
        2,
        "V3__cut.sql changes values",
        List.of(),
        "");
  }

  @Test
  void aDialectNotVerifiedIsListedWithItsFixAndTheOthersErrorsFollow() {
    RoundtripResult result =
        new RoundtripResult(
            List.of(run("postgresql"), run("mariadb", lost("mariadb"))), List.of(MYSQL), REPORT);

    assertThat(result.passed()).isFalse();
    assertThat(Verdict.problemMessage(result))
        .isEqualTo(
            "Roundtrip could not verify 1 dialect:\n"
                + "  [mysql] no embedded server for MySQL\n"
                + "    fix: Set <provider>server</provider>.\n"
                + "Roundtrip found 1 error in 1 migration:\n"
                + "  [mariadb] V3: data-lost\n"
                + "See the findings above and the report "
                + REPORT);
  }

  @Test
  void whenTheOthersPassedTheMessageSaysSo() {
    RoundtripResult result =
        new RoundtripResult(List.of(run("postgresql")), List.of(MYSQL), REPORT);

    assertThat(result.passed()).isFalse();
    assertThat(Verdict.problemMessage(result))
        .endsWith("\nThe other dialects passed; see the report " + REPORT);
  }
}
