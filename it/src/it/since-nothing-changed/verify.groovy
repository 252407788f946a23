def rt = evaluate(new File(checks))

rt.expectLine('[INFO] Roundtrip: 2 migration(s) from src/main/resources/db/migration')
rt.expectLine('[INFO] [postgresql] no migration changed since HEAD: nothing to round-trip, no database started (2 migration(s) unchanged)')
rt.expectLine('[INFO] Roundtrip summary: no migration selected on any dialect, nothing round-tripped')
assert !rt.lines.any { it.contains('database provider') }: 'nothing to round-trip: no database starts'
rt.expectLine('[INFO] BUILD SUCCESS')

def report = rt.report()
assert report.passed
assert report.since == 'HEAD'
assert report.dialects.isEmpty()
return true
