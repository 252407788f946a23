def rt = evaluate(new File(checks))

rt.expectLine('[INFO] Roundtrip: 4 migration(s) from src/main/resources/db/migration')
rt.expectLine('[INFO] [postgresql] 2 migration(s) round-tripped, 2 only applied (from V3)')
rt.migrationOk('V3 add users note')
rt.migrationOk('V4 index users note')
assert !rt.lines.any { it =~ /\[postgresql\] V[12] / }: 'V1 and V2 are only applied: no line of their own'
assert rt.lines.any { it ==~ /\[INFO\] postgresql   PASSED         2      0       0       2 +\d+\.\d s  .+/ }:
    'no summary row with 2 passed and 2 applied'
assert !rt.lines.any { it =~ /\] migration \d+ of \d+, / }: 'a run this short says nothing of its progress'
rt.expectLine('[INFO] BUILD SUCCESS')
rt.serverStopped()

def report = rt.report()
assert report.passed
assert report.from == 'V3'
assert report.since == null
assert report.dialects[0].migrations*.status == ['APPLIED', 'APPLIED', 'PASSED', 'PASSED']
assert report.dialects[0].migrations[1].findings.isEmpty(): 'V2 loses data, but is not judged'
assert report.dialects[0].migrations[1].millis.down == -1: 'V2 is not rolled back'
assert report.dialects[0].migrations[3].millis.down >= 0: 'V4 is rolled back' 
return true
