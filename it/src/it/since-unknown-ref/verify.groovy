def rt = evaluate(new File(checks))

def top = basedir.canonicalPath
assert rt.lines.any { it.startsWith('[ERROR] Failed to execute goal dev.roundtrip:roundtrip-maven-plugin:') &&
    it.endsWith("on project since-unknown-ref: <since>: 'origin/mian' is not a branch, tag or commit of the git clone at ${top}") }:
    'no error line naming <since> and the ref'
rt.expectLine('[ERROR] Name a ref this clone has (git branch -a lists them), e.g. origin/main; a shallow CI clone may need it fetched first: git fetch origin main.')
assert !rt.lines.any { it.contains('database provider') }: 'no database may start for an input problem'
assert !new File(basedir, 'target/roundtrip/roundtrip-report.json').exists()
return true
