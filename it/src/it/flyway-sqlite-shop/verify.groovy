def rt = evaluate(new File(checks))

// No <dialects> in the POM: the SQLite driver among the dependencies chooses sqlite.
rt.expectLine('[INFO] Roundtrip: dialects from the JDBC drivers: sqlite (org.xerial:sqlite-jdbc)')
rt.expectLine('[INFO] Roundtrip: 6 migration(s) from src/main/resources/db/migration')
// SQLite runs in no container: embedded is the only provider, Docker or not
rt.expectLine('[INFO] [sqlite] database provider: embedded (default)')
['V1 create customers', 'V2 create products', 'V3 create orders', 'V4 index orders by customer',
 'V5 add orders note', 'V6 default product prices'].each { rt.migrationOkOn('sqlite', it) }
assert !rt.lines.any { it.contains('[ERROR] [sqlite]') }
assert rt.lines.any { it ==~ /\[INFO\] sqlite\s+PASSED\s+6\s+0\s+0\s+0\s+[0-9.]+ s\s+embedded SQLite [0-9.]+/ }
rt.expectLine('[INFO] BUILD SUCCESS')
rt.sqliteFilesRemoved()

def report = rt.report()
assert report.passed == true
assert report.dialects*.dialect == ['sqlite']
assert report.dialects[0].migrations.size() == 6
assert report.dialects[0].migrations.every { it.status == 'PASSED' }
return true
