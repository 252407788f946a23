def rt = evaluate(new File(checks))

['V1 create invoices', 'V2 create invoice lines', 'V3 create payments'].each { rt.migrationOk(it) }
assert rt.lines.any { it ==~ /\[WARNING\] \[postgresql\] V4 normalize unit prices to cents : up \d+ ms, down \d+ ms, re-up \d+ ms, down after writes \d+ ms, re-up \d+ ms -> FAILED \(data-lost, data-not-restored\)/ }
rt.expectLine('[ERROR] [postgresql] V4 data-lost: V4__normalize_unit_prices_to_cents.sql changes 18 of 20 values of public.invoice_lines.unit_price, and U4__normalize_unit_prices_to_cents.sql does not bring them back')
rt.expectLine('[ERROR] [postgresql] V4 data-not-restored: U4__normalize_unit_prices_to_cents.sql did not restore public.invoice_lines.unit_price: 18 of 20 values differ from before V4')
// four decimals before, rounded to cents after
def samples = rt.lines.findAll { it ==~ /\[ERROR\]     - e\.g\. \(invoice_id, line_no\)=\(\d+, \d+\): '-?\d+\.\d{4}' -> '-?\d+\.\d{2}00'/ }
assert samples.size() == 6: rt.lines.findAll { it.contains('e.g.') }.join('\n')
assert samples.every { s -> def m = (s =~ /'(-?[\d.]+)' -> '(-?[\d.]+)'/)[0]; new BigDecimal(m[1]).setScale(2, java.math.RoundingMode.HALF_UP) == new BigDecimal(m[2]).setScale(2) }
rt.expectLine('[ERROR]   [postgresql] V4: data-lost, data-not-restored')
rt.serverStopped()
return true
