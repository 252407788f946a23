def rt = evaluate(new File(checks))
def image = java.util.regex.Pattern.quote(System.getenv('ROUNDTRIP_TEST_POSTGRES_IMAGE'))

rt.expectLine('[INFO] Roundtrip: 11 migration(s) from src/main/resources/db/migration')
assert rt.lines.any { it ==~ /\[INFO\] \[postgresql\] database provider: testcontainers \(Docker \S+ at \S+, image ${image} present; checked in \d+ ms\)/ }
assert rt.lines.any { it ==~ /\[INFO\] \[postgresql\] PostgreSQL [0-9.]+ .*in container [0-9a-f]{12} of ${image} \(\S+:\d+\) ready in \d+ ms/ }
['V1 create customers', 'V2 create products', 'V3 create order status type', 'V4 create orders',
 'V5 create order lines', 'V6 add orders total amount', 'V7 maintain order totals',
 'V8 add order numbers', 'V9 rename products price to list price',
 'V10 index orders for order history', 'V11 create customer order totals view'].each { rt.migrationOk(it) }
rt.expectLine('[INFO] [postgresql] V9 data-moved: V9__rename_products_price_to_list_price.sql moves the values of public.products.price (20 non-NULL) to public.products.list_price')
assert rt.lines.any { it ==~ /\[INFO\] postgresql\s+PASSED\s+11\s+0\s+0\s+0\s+[0-9.]+ s\s+PostgreSQL .* in container [0-9a-f]{12} of ${image} .*/ }
rt.expectLine('[INFO] BUILD SUCCESS')
rt.containerRemoved()

def report = rt.report()
assert report.passed == true
assert report.dialects.size() == 1
assert report.dialects[0].migrations.size() == 11
assert report.dialects[0].migrations.every { it.status == 'PASSED' }
return true
