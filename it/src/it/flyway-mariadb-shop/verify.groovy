def rt = evaluate(new File(checks))

// No <dialects> in the POM: the MariaDB driver among the dependencies chooses mariadb.
rt.expectLine('[INFO] Roundtrip: dialects from the JDBC drivers: mariadb (org.mariadb.jdbc:mariadb-java-client)')
rt.expectLine('[INFO] Roundtrip: 11 migration(s) from src/main/resources/db/migration')
def mariadbProvider = rt.defaultProvider('mariadb', 'mariadb:11.4')
def mariadbServer = mariadbProvider.contains(': testcontainers (') ? 'MariaDB .* in container .*' : 'embedded MariaDB [0-9.]+ \\(port \\d+\\)'
assert !rt.lines.any { it.contains('[postgresql]') }: 'the shop is verified on mariadb alone'
['V1 create customers', 'V2 create products', 'V3 add products attributes', 'V4 create orders',
 'V5 create order lines', 'V6 add orders total amount', 'V7 maintain order totals',
 'V8 add order numbers', 'V9 rename products price to list price',
 'V10 index orders for order history', 'V11 create customer order totals view'].each { rt.migrationOkOn('mariadb', it) }
// Names leave out the disposable database; the count is the generator's (deterministic) rows.
rt.expectLine('[INFO] [mariadb] V9 data-moved: V9__rename_products_price_to_list_price.sql moves the values of products.price (60 non-NULL) to products.list_price')
assert !rt.lines.any { it.contains('half-applied') }
assert rt.lines.any { it ==~ /\[INFO\] mariadb\s+PASSED\s+11\s+0\s+0\s+0\s+[0-9.]+ s\s+${mariadbServer}/ }
rt.expectLine('[INFO] BUILD SUCCESS')
rt.serverStopped('MariaDB')

def report = rt.report()
assert report.passed == true
assert report.errors == 0
assert report.dialects*.dialect == ['mariadb']
assert report.dialects[0].database ==~ /${mariadbServer}/
assert report.dialects[0].migrations.size() == 11
assert report.dialects[0].migrations.every { it.status == 'PASSED' }
assert report.dialects[0].migrations.every { m -> m.findings.every { it.severity != 'ERROR' } }
return true
