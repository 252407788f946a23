def rt = evaluate(new File(checks))

rt.expectLine('[INFO] [postgresql] database provider: testcontainers (configured)')
// the same lines as on the embedded server (flyway-postgres-dropped-created-at/verify.groovy)
['V1 create users', 'V2 create projects', 'V3 add users last login at'].each { rt.migrationOk(it) }
assert rt.lines.any { it ==~ /\[WARNING\] \[postgresql\] V4 drop users created at : up \d+ ms, down \d+ ms, re-up \d+ ms, down after writes \d+ ms, re-up \d+ ms -> FAILED \(data-lost, data-not-restored\)/ }
assert !rt.lines.any { it.contains('schema-not-restored') }: 'the schema itself is restored'
rt.expectLine('[ERROR] [postgresql] V4 data-lost: V4__drop_users_created_at.sql drops column public.users.created_at holding 60 non-NULL values, and U4__drop_users_created_at.sql does not bring them back')
rt.expectLine('[ERROR]     at src/main/resources/db/migration/V4__drop_users_created_at.sql:3')
rt.expectLine('[ERROR] [postgresql] V4 data-not-restored: U4__drop_users_created_at.sql did not restore public.users.created_at: 60 of 60 values differ from before V4')
rt.expectLine('[ERROR]     at src/main/resources/db/migration/U4__drop_users_created_at.sql:3')
def samples = rt.lines.findAll { it ==~ /\[ERROR\]     - e\.g\. id=\d+: '\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?\+00' -> '20\d\d-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?\+00'/ }
assert samples.size() == 3: rt.lines.findAll { it.contains('e.g.') }.join('\n')
rt.expectLine('[ERROR]   [postgresql] V4: data-lost, data-not-restored')
rt.containerRemoved()

def v4 = rt.report().dialects[0].migrations.find { it.version == '4' }
assert v4.findings.findAll { it.severity == 'ERROR' }*.rule == ['data-lost', 'data-not-restored']
assert v4.findings.find { it.rule == 'data-not-restored' }.evidence.size() == 3
return true
