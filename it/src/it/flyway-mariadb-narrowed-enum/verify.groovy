def rt = evaluate(new File(checks))

rt.expectLine('[INFO] Roundtrip: dialects from the JDBC drivers: mariadb (org.mariadb.jdbc:mariadb-java-client)')
def mariadbProvider = rt.defaultProvider('mariadb', 'mariadb:11.4')
def mariadbServer = mariadbProvider.contains(': testcontainers (') ? 'MariaDB .* in container .*' : 'embedded MariaDB [0-9.]+ \\(port \\d+\\)'
['V1 create accounts', 'V2 create subscriptions', 'V4 add subscriptions cancelled on'].each { rt.migrationOkOn('mariadb', it) }
assert rt.lines.any { it ==~ /\[WARNING\] \[mariadb\] V3 retire starter plan : up \d+ ms, down \d+ ms, re-up \d+ ms, down after writes \d+ ms, re-up \d+ ms -> FAILED \(data-lost, data-not-restored\)/ }:
    rt.lines.findAll { it.contains('V3') }.join('\n')
assert !rt.lines.any { it.contains('schema-not-restored') || it.contains('reapply-failed') }: 'U3 restores the schema and V3 applies again'

// 20 generated subscriptions and the 3 starter ones of after-V2.sql (plus V2's own rows); the
// generator is deterministic, so the counts are exact. Names leave out the disposable database.
rt.expectLine("[ERROR] [mariadb] V3 data-lost: V3__retire_starter_plan.sql changes 4 of 26 values of subscriptions.plan, and U3__retire_starter_plan.sql does not bring them back")
rt.expectLine('[ERROR]     at src/main/resources/db/migration/V3__retire_starter_plan.sql:4')
rt.expectLine("[ERROR] [mariadb] V3 data-not-restored: U3__retire_starter_plan.sql did not restore subscriptions.plan: 4 of 26 values differ from before V3")
rt.expectLine('[ERROR]     at src/main/resources/db/migration/U3__retire_starter_plan.sql:4')
// starter before, team after
def samples = rt.lines.findAll { it ==~ /\[ERROR\]     - e\.g\. id=\d+: 'starter' -> 'team'/ }
assert samples.size() == 6: rt.lines.findAll { it.contains('e.g.') }.join('\n')
assert !rt.lines.any { it.contains('e.g.') && !it.contains("'starter' -> 'team'") }: 'only starter subscriptions changed'
assert rt.lines.any { it ==~ /\[INFO\] mariadb\s+FAILED\s+3\s+1\s+0\s+0\s+[0-9.]+ s\s+${mariadbServer}/ }
assert rt.lines.any { it.contains('Roundtrip found 2 errors in 1 migration:') }
rt.expectLine('[ERROR]   [mariadb] V3: data-lost, data-not-restored')
rt.expectLine('[INFO] BUILD FAILURE')
rt.serverStopped('MariaDB')

def report = rt.report()
assert report.passed == false
assert report.errors == 2
assert report.dialects*.dialect == ['mariadb']
def migrations = report.dialects[0].migrations
assert migrations*.status == ['PASSED', 'PASSED', 'FAILED', 'PASSED']
def v3 = migrations.find { it.version == '3' }
assert v3.findings.findAll { it.severity == 'ERROR' }*.rule == ['data-lost', 'data-not-restored']
assert v3.findings.every { it.dialect == 'mariadb' }
assert v3.findings.find { it.rule == 'data-not-restored' }.evidence.every { it.contains("'starter' -> 'team'") }
return true
