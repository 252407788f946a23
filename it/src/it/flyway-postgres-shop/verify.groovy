def rt = evaluate(new File(checks))

rt.expectLine('[INFO] Roundtrip: 11 migration(s) from src/main/resources/db/migration')
def provider = rt.defaultProvider('postgresql', 'postgres:17')
['V1 create customers', 'V2 create products', 'V3 create order status type', 'V4 create orders',
 'V5 create order lines', 'V6 add orders total amount', 'V7 maintain order totals',
 'V8 add order numbers', 'V9 rename products price to list price',
 'V10 index orders for order history', 'V11 create customer order totals view'].each { rt.migrationOk(it) }
rt.expectLine('[INFO] [postgresql] V9 data-moved: V9__rename_products_price_to_list_price.sql moves the values of public.products.price (20 non-NULL) to public.products.list_price')
def server = provider.contains(': testcontainers (') ? 'PostgreSQL .* in container .*' : 'embedded PostgreSQL .*'
assert rt.lines.any { it ==~ /\[INFO\] postgresql\s+PASSED\s+11\s+0\s+0\s+0\s+[0-9.]+ s\s+${server}/ }
rt.expectLine('[INFO] BUILD SUCCESS')
rt.serverStopped()

def report = rt.report()
assert report.passed == true
assert report.dialects.size() == 1
assert report.dialects[0].migrations.size() == 11
assert report.dialects[0].migrations.every { it.status == 'PASSED' }
assert report.dialects[0].migrations.every { m -> m.findings.every { it.severity != 'ERROR' } }
return true
