def rt = evaluate(new File(checks))
def pgImage = java.util.regex.Pattern.quote(System.getenv('ROUNDTRIP_TEST_POSTGRES_IMAGE'))
def mariaImage = java.util.regex.Pattern.quote(System.getenv('ROUNDTRIP_TEST_MARIADB_IMAGE'))

rt.expectLine('[INFO] [postgresql] database provider: testcontainers (configured)')
rt.expectLine('[INFO] [mariadb] database provider: testcontainers (configured)')
assert rt.lines.any { it ==~ /\[INFO\] \[postgresql\] PostgreSQL [0-9.]+ .*in container [0-9a-f]{12} of ${pgImage} \(\S+:\d+\) ready in \d+ ms/ }
assert rt.lines.any { it ==~ /\[INFO\] \[mariadb\] MariaDB [0-9.]+ .*in container [0-9a-f]{12} of ${mariaImage} \(\S+:\d+\) ready in \d+ ms/ }
// the same lines as on the embedded servers (flyway-two-dialects/verify.groovy)
def migrations = ['V1 create members', 'V2 create posts', 'V3 limit display names', 'V4 add posts pinned']
migrations.each { rt.migrationOkOn('postgresql', it) }
(migrations - 'V3 limit display names').each { rt.migrationOkOn('mariadb', it) }
assert rt.lines.any { it ==~ /\[WARNING\] \[mariadb\] V3 limit display names : up \d+ ms, down \d+ ms, re-up \d+ ms, down after writes \d+ ms, re-up \d+ ms -> FAILED \(data-lost, data-not-restored\)/ }
rt.expectLine('[ERROR] [mariadb] V3 data-lost: V3__limit_display_names.sql changes 8 of 24 values of members.display_name, and U3__limit_display_names.sql does not bring them back')
rt.expectLine('[ERROR] [mariadb] V3 data-not-restored: U3__limit_display_names.sql did not restore members.display_name: 8 of 24 values differ from before V3')
rt.expectLine("[ERROR]     - e.g. id=9: 'several words of plain text' -> 'several words of pla'")
assert rt.lines.any { it ==~ /\[INFO\] postgresql\s+PASSED\s+4\s+0\s+0\s+0\s+[0-9.]+ s\s+PostgreSQL .* in container .*/ }
assert rt.lines.any { it ==~ /\[INFO\] mariadb\s+FAILED\s+3\s+1\s+0\s+0\s+[0-9.]+ s\s+MariaDB .* in container .*/ }
rt.expectLine('[ERROR]   [mariadb] V3: data-lost, data-not-restored')
assert !rt.lines.any { it.startsWith('[ERROR]   [postgresql]') }
rt.containerRemoved()

def report = rt.report()
assert report.dialects*.dialect == ['postgresql', 'mariadb']
assert report.dialects*.passed == [true, false]
return true
