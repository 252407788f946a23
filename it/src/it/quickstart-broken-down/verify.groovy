def rt = evaluate(new File(checks))

assert rt.lines.any { it ==~ /\[WARNING\] \[postgresql\] V2 drop created at : up \d+ ms, down \d+ ms, re-up \d+ ms -> FAILED \(data-lost, schema-not-restored, data-not-restored\)/ }
rt.expectLine('[ERROR] [postgresql] V2 data-lost: V2__drop_created_at.sql drops column public.users.created_at holding 20 non-NULL values, and U2__drop_created_at.sql does not bring them back')
rt.expectLine('[ERROR] [postgresql] V2 schema-not-restored: U2__drop_created_at.sql did not restore the schema as it was before V2 (1 difference)')
rt.expectLine('[ERROR]     at src/main/resources/db/migration/V2__drop_created_at.sql:2')
rt.expectLine('[ERROR]     - column public.users.created_at changed: timestamp with time zone NOT NULL DEFAULT now() -> timestamp with time zone (V2__drop_created_at.sql:2)')
rt.expectLine('[ERROR]     fix: Make U2__drop_created_at.sql undo exactly what V2__drop_created_at.sql does.')
rt.expectLine('[ERROR] [postgresql] V2 data-not-restored: U2__drop_created_at.sql did not restore public.users.created_at: 20 of 20 values are NULL instead of their value before V2')
assert rt.lines.count { it ==~ /\[ERROR\]     - e\.g\. id=\d+: '\d{4}-\d\d-\d\d [0-9:.]+\+00' -> NULL/ } == 3
rt.expectLine('[ERROR]   [postgresql] V2: data-lost, schema-not-restored, data-not-restored')
rt.serverStopped()
assert rt.report().dialects[0].migrations*.status == ['PASSED', 'FAILED']
return true
