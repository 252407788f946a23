def rt = evaluate(new File(checks))

assert rt.lines.any { it ==~ /\[WARNING\] \[postgresql\] V2 add loyalty points : up \d+ ms, down -, re-up - -> FAILED \(missing-down\)/ }
rt.expectLine('[ERROR] [postgresql] V2 missing-down: V2__add_loyalty_points.sql has no undo script, so it cannot be rolled back')
rt.expectLine('[ERROR]     at src/main/resources/db/migration/V2__add_loyalty_points.sql')
rt.expectLine('[ERROR]     fix: Add U2__add_loyalty_points.sql next to it, undoing everything V2 does.')
rt.expectLine('[ERROR]   [postgresql] V2: missing-down')
assert rt.lines.any { it.contains('Roundtrip found 1 error in 1 migration:') }
['V1 create members', 'V3 create visits', 'V4 create rewards'].each { rt.migrationOk(it) }
rt.serverStopped()

def report = rt.report()
assert report.passed == false
def v2 = report.dialects[0].migrations.find { it.version == '2' }
assert v2.status == 'FAILED'
assert v2.findings*.rule == ['missing-down']
return true
