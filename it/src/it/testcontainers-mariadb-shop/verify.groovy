def rt = evaluate(new File(checks))
def image = java.util.regex.Pattern.quote(System.getenv('ROUNDTRIP_TEST_MARIADB_IMAGE'))

rt.expectLine('[INFO] Roundtrip: dialects from the JDBC drivers: mariadb (org.mariadb.jdbc:mariadb-java-client)')
rt.expectLine('[INFO] Roundtrip: 11 migration(s) from src/main/resources/db/migration')
assert rt.lines.any { it ==~ /\[INFO\] \[mariadb\] database provider: testcontainers \(Docker \S+ at \S+, image ${image} present; checked in \d+ ms\)/ }
assert rt.lines.any { it ==~ /\[INFO\] \[mariadb\] MariaDB [0-9.]+ .*in container [0-9a-f]{12} of ${image} \(\S+:\d+\) ready in \d+ ms/ }
// the same lines as on the embedded server (flyway-mariadb-shop/verify.groovy)
['V1 create customers', 'V2 create products', 'V3 add products attributes', 'V4 create orders',
 'V5 create order lines', 'V6 add orders total amount', 'V7 maintain order totals',
 'V8 add order numbers', 'V9 rename products price to list price',
 'V10 index orders for order history', 'V11 create customer order totals view'].each { rt.migrationOkOn('mariadb', it) }
rt.expectLine('[INFO] [mariadb] V9 data-moved: V9__rename_products_price_to_list_price.sql moves the values of products.price (60 non-NULL) to products.list_price')
assert rt.lines.any { it ==~ /\[INFO\] mariadb\s+PASSED\s+11\s+0\s+0\s+0\s+[0-9.]+ s\s+MariaDB .* in container [0-9a-f]{12} of ${image} .*/ }
rt.expectLine('[INFO] BUILD SUCCESS')
rt.containerRemoved()

def report = rt.report()
assert report.passed == true
assert report.dialects*.dialect == ['mariadb']
assert report.dialects[0].migrations.every { it.status == 'PASSED' }
return true
