def rt = evaluate(new File(checks))

assert rt.lines.any { it ==~ /\[WARNING\] \[postgresql\] V3 index open tickets by assignee : up \d+ ms, down \d+ ms, re-up \d+ ms -> FAILED \(schema-not-restored, reapply-failed\)/ }
rt.expectLine('[ERROR] [postgresql] V3 schema-not-restored: U3__index_open_tickets_by_assignee.sql did not restore the schema as it was before V3 (1 difference)')
rt.expectLine('[ERROR]     at src/main/resources/db/migration/V3__index_open_tickets_by_assignee.sql:2')
rt.expectLine('[ERROR]     - index public.tickets_assignee_open_idx on public.tickets (assignee_id, priority, opened_at) WHERE (closed_at IS NULL) is present (it did not exist before) (V3__index_open_tickets_by_assignee.sql:2)')
rt.expectLine('[ERROR]     fix: Make U3__index_open_tickets_by_assignee.sql undo exactly what V3__index_open_tickets_by_assignee.sql does.')
rt.expectLine('[ERROR] [postgresql] V3 reapply-failed: V3__index_open_tickets_by_assignee.sql failed when applied again after U3__index_open_tickets_by_assignee.sql at line 2: ERROR: relation "tickets_assignee_open_idx" already exists [SQL state 42P07]; U3__index_open_tickets_by_assignee.sql left the schema changed (see schema-not-restored)')
rt.expectLine('[ERROR]   [postgresql] V3: schema-not-restored, reapply-failed')
assert rt.lines.any { it.contains('Roundtrip found 2 errors in 1 migration:') }
['V1 create agents', 'V2 create tickets', 'V4 create ticket comments'].each { rt.migrationOk(it) }
rt.serverStopped()

def report = rt.report()
assert report.passed == false
def v3 = report.dialects[0].migrations.find { it.version == '3' }
assert v3.findings*.rule == ['schema-not-restored', 'reapply-failed']
assert v3.findings[0].file == 'src/main/resources/db/migration/V3__index_open_tickets_by_assignee.sql'
assert v3.findings[0].line == 2
return true
