package dev.roundtrip.bench;

import java.nio.file.Path;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Liquibase's {@code updateTestingRollback} through its Java API: every changeset applied, all
 * rolled back with their {@code --rollback} statements, and applied again.
 */
final class LiquibaseRun {
  private LiquibaseRun() {}

  static void updateTestingRollback(String url, Path folder, String changelog) throws Exception {
    // no banner, no usage reports, no update check: only the work is timed
    System.setProperty("liquibase.showBanner", "false");
    System.setProperty("liquibase.analytics.enabled", "false");
    Map<String, Object> scope =
        Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(folder));
    Scope.child(
        scope,
        () ->
            new CommandScope("updateTestingRollback")
                .addArgumentValue("changelogFile", changelog)
                .addArgumentValue("url", url)
                .execute());
  }
}
