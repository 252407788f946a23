def rt = evaluate(new File(checks))

assert rt.lines.any { it ==~ /\[INFO\] \[postgresql\] V2 drop created at : up \d+ ms, down \d+ ms, re-up \d+ ms, down after writes \d+ ms, re-up \d+ ms -> OK \(data-lost allowed, data-not-restored allowed\)/ }
rt.expectLine('[WARNING] [postgresql] V2 data-lost: V2__drop_created_at.sql drops column public.users.created_at holding 5 non-NULL values, and U2__drop_created_at.sql does not bring them back')
rt.expectLine('[WARNING]     allowed: signup times live in the audit service since 2026-03')
rt.expectLine('[WARNING] [postgresql] V2 data-not-restored: U2__drop_created_at.sql did not restore public.users.created_at: 5 of 5 values differ from before V2')
rt.expectLine('[WARNING]     allowed: the audit service restores signup times on rollback')
rt.expectLine('[INFO] BUILD SUCCESS')
rt.serverStopped()

def v2 = rt.report().dialects[0].migrations.find { it.version == '2' }
assert v2.status == 'PASSED'
assert v2.findings.findAll { it.severity == 'ERROR' }*.allowed ==
    ['signup times live in the audit service since 2026-03', 'the audit service restores signup times on rollback']
return true
