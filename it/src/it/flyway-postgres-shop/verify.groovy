def rt = evaluate(new File(checks))

rt.expectLine('[INFO] Roundtrip: 11 migration(s) from src/main/resources/db/migration')
rt.expectLine('[INFO] [postgresql] database provider: embedded (default)')
['V1 create customers', 'V5 create order lines', 'V7 maintain order totals',
 'V9 rename products price to list price', 'V11 create customer order totals view'].each { m ->
    assert rt.lines.any { it.startsWith("[INFO] [postgresql] ${m} : up ") && it.endsWith(' -> OK') }: m
}
assert rt.lines.any { it ==~ /\[INFO\] postgresql\s+PASSED\s+11\s+0\s+0\s+[0-9.]+ s\s+embedded PostgreSQL .*/ }
rt.expectLine('[INFO] BUILD SUCCESS')
rt.embeddedServerStopped()

def report = rt.report()
assert report.passed == true
assert report.dialects.size() == 1
assert report.dialects[0].migrations.size() == 11
assert report.dialects[0].migrations.every { it.status == 'PASSED' && it.findings.isEmpty() }
return true
