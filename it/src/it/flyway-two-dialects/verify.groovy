def rt = evaluate(new File(checks))

// <dialects> names both: no guess from the drivers.
assert !rt.lines.any { it.contains('dialects from the JDBC drivers') }
rt.expectLine('[INFO] Roundtrip: [postgresql] 4 migration(s) from src/main/resources/db/migration/postgresql')
rt.expectLine('[INFO] Roundtrip: [mariadb] 4 migration(s) from src/main/resources/db/migration/mariadb')
def postgresProvider = rt.defaultProvider('postgresql', 'postgres:17')
def postgresServer = postgresProvider.contains(': testcontainers (') ? 'PostgreSQL .* in container .*' : 'embedded PostgreSQL [0-9.]+ \\(port \\d+\\)'
def mariadbProvider = rt.defaultProvider('mariadb', 'mariadb:11.4')
def mariadbServer = mariadbProvider.contains(': testcontainers (') ? 'MariaDB .* in container .*' : 'embedded MariaDB [0-9.]+ \\(port \\d+\\)'

def migrations = ['V1 create members', 'V2 create posts', 'V3 limit display names', 'V4 add posts pinned']
migrations.each { rt.migrationOkOn('postgresql', it) }
(migrations - 'V3 limit display names').each { rt.migrationOkOn('mariadb', it) }
assert rt.lines.any { it ==~ /\[WARNING\] \[mariadb\] V3 limit display names : up \d+ ms, down \d+ ms, re-up \d+ ms, down after writes \d+ ms, re-up \d+ ms -> FAILED \(data-lost, data-not-restored\)/ }:
    rt.lines.findAll { it.contains('V3') }.join('\n')
assert !rt.lines.any { it.startsWith('[ERROR] [postgresql]') || it.startsWith('[WARNING] [postgresql]') && it.contains('FAILED') }:
    'nothing fails on postgresql'

// The generator is deterministic: 20 generated members and the 4 of after-V1.sql. Names leave out
// the disposable database; long values are shortened in the evidence.
rt.expectLine('[ERROR] [mariadb] V3 data-lost: V3__limit_display_names.sql changes 8 of 24 values of members.display_name, and U3__limit_display_names.sql does not bring them back')
rt.expectLine('[ERROR]     at src/main/resources/db/migration/mariadb/V3__limit_display_names.sql:6')
rt.expectLine('[ERROR] [mariadb] V3 data-not-restored: U3__limit_display_names.sql did not restore members.display_name: 8 of 24 values differ from before V3')
rt.expectLine('[ERROR]     at src/main/resources/db/migration/mariadb/U3__limit_display_names.sql:2')
// each sample: a name of more than 20 characters before, its first 20 after
def samples = rt.lines.findAll { it.startsWith('[ERROR]     - e.g. id=') }
assert samples.size() == 6: rt.lines.findAll { it.contains('e.g.') }.join('\n')
samples.each { s ->
    def m = (s =~ /^\[ERROR\]     - e\.g\. id=\d+: '(.*)' -> '(.*)'$/)
    assert m.matches(): s
    String before = m[0][1], after = m[0][2]
    assert before.codePointCount(0, before.length()) > 20 && after.codePointCount(0, after.length()) == 20 && before.startsWith(after): s
}
rt.expectLine("[ERROR]     - e.g. id=9: 'several words of plain text' -> 'several words of pla'")

assert rt.lines.any { it ==~ /\[INFO\] postgresql\s+PASSED\s+4\s+0\s+0\s+0\s+[0-9.]+ s\s+${postgresServer}/ }
assert rt.lines.any { it ==~ /\[INFO\] mariadb\s+FAILED\s+3\s+1\s+0\s+0\s+[0-9.]+ s\s+${mariadbServer}/ }
// The build failure names mariadb's V3 and nothing of postgresql.
assert rt.lines.any { it.startsWith('[ERROR] Failed to execute goal dev.roundtrip:roundtrip-maven-plugin:') &&
    it.endsWith('on project flyway-two-dialects: Roundtrip found 2 errors in 1 migration:') }
rt.expectLine('[ERROR]   [mariadb] V3: data-lost, data-not-restored')
assert !rt.lines.any { it.startsWith('[ERROR]   [postgresql]') }
rt.expectLine('[INFO] BUILD FAILURE')
rt.serverStopped('PostgreSQL')
rt.serverStopped('MariaDB')

def report = rt.report()
assert report.passed == false
assert report.errors == 2
assert report.notVerified.isEmpty()
assert report.dialects*.dialect == ['postgresql', 'mariadb']
def pg = report.dialects.find { it.dialect == 'postgresql' }
def maria = report.dialects.find { it.dialect == 'mariadb' }
assert pg.passed == true
assert pg.migrations*.status == ['PASSED', 'PASSED', 'PASSED', 'PASSED']
assert maria.passed == false
assert maria.migrations*.status == ['PASSED', 'PASSED', 'FAILED', 'PASSED']
def v3 = maria.migrations.find { it.version == '3' }
assert v3.findings.findAll { it.severity == 'ERROR' }*.rule == ['data-lost', 'data-not-restored']
assert v3.findings.find { it.rule == 'data-lost' }.file == 'src/main/resources/db/migration/mariadb/V3__limit_display_names.sql'
return true
