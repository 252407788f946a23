def rt = evaluate(new File(checks))

def folder = new File(basedir, 'src/main/resources').path
assert rt.lines.any { it.startsWith('[ERROR] Failed to execute goal dev.roundtrip:roundtrip-maven-plugin:') &&
    it.endsWith("on project bad-location: location classpath:db/migrations is in none of the resource folders [${folder}]") }
rt.expectLine("[ERROR] Check <locations> (Flyway's default is classpath:db/migration), or put the migrations in src/main/resources/db/migrations.")
assert !rt.lines.any { it.contains('database provider') }: 'no database may start for an input problem'
assert !new File(basedir, 'target/roundtrip/roundtrip-report.json').exists()
return true
