def rt = evaluate(new File(checks))

rt.expectLine('[INFO] Roundtrip: 5 migration(s) from src/main/resources/db/migration')
rt.expectLine('[INFO] [postgresql] 2 migration(s) round-tripped, 3 only applied (since base)')
rt.migrationOk('V3 add users note')
rt.migrationOk('V4 index users note')
assert !rt.lines.any { it =~ /\[postgresql\] V[125] / }: 'V1, V2 and V5 are only applied: no line of their own'
assert rt.lines.any { it ==~ /\[INFO\] postgresql   PASSED         2      0       0       3 +\d+\.\d s  .+/ }:
    'no summary row with 2 passed and 3 applied'
rt.expectLine('[INFO] BUILD SUCCESS')
rt.serverStopped()

def report = rt.report()
assert report.passed
assert report.since == 'base'
assert report.from == null
assert report.dialects[0].migrations*.version == ['1', '2', '3', '4', '5']
assert report.dialects[0].migrations*.status == ['APPLIED', 'APPLIED', 'PASSED', 'PASSED', 'APPLIED']
assert report.dialects[0].migrations[1].findings.isEmpty(): 'V2 loses data, but did not change'
return true
