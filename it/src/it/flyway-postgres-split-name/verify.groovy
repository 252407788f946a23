def rt = evaluate(new File(checks))

['V1 create customers', 'V2 create addresses', 'V3 split full name',
 'V4 add customers marketing opt in'].each { rt.migrationOk(it) }
assert !rt.lines.any { it.contains('data-lost') || it.contains('data-not-restored') }
rt.expectLine('[INFO] BUILD SUCCESS')
rt.serverStopped()

def report = rt.report()
assert report.passed == true
assert report.errors == 0
return true
