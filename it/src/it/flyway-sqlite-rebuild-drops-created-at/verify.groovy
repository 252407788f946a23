def rt = evaluate(new File(checks))

rt.migrationOkOn('sqlite', 'V1 create customers')
assert rt.lines.any { it ==~ /\[WARNING\] \[sqlite\] V2 drop customers created at : up \d+ ms, down \d+ ms, re-up \d+ ms, down after writes \d+ ms, re-up \d+ ms -> FAILED \(data-lost, data-not-restored\)/ }
assert !rt.lines.any { it.contains('schema-not-restored') }: 'the rebuild back restores the schema'
rt.expectLine('[ERROR] [sqlite] V2 data-lost: V2__drop_customers_created_at.sql drops column main.customers.created_at holding 20 non-NULL values, and U2__drop_customers_created_at.sql does not bring them back')
// the copy that leaves the column behind
rt.expectLine('[ERROR]     at src/main/resources/db/migration/V2__drop_customers_created_at.sql:8')
rt.expectLine('[ERROR] [sqlite] V2 data-not-restored: U2__drop_customers_created_at.sql did not restore main.customers.created_at: 20 of 20 values differ from before V2')
rt.expectLine('[ERROR]     at src/main/resources/db/migration/U2__drop_customers_created_at.sql:7')
// the generated values on the left, the time of the rollback on the right
def samples = rt.lines.findAll { it ==~ /\[ERROR\]     - e\.g\. id=\d+: '.*' -> '20\d\d-\d\d-\d\d \d\d:\d\d:\d\d'/ }
assert samples.size() == 3: rt.lines.findAll { it.contains('e.g.') }.join('\n')
rt.expectLine('[ERROR]   [sqlite] V2: data-lost, data-not-restored')
rt.sqliteFilesRemoved()

def v2 = rt.report().dialects[0].migrations.find { it.version == '2' }
assert v2.findings.findAll { it.severity == 'ERROR' }*.rule == ['data-lost', 'data-not-restored']
return true
