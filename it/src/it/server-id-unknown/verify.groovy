def rt = evaluate(new File(checks))

assert rt.lines.any {
    it.startsWith('[ERROR] Failed to execute goal dev.roundtrip:roundtrip-maven-plugin:') &&
        it.endsWith("on project server-id-unknown: <serverId>: settings.xml has no <server> with the id 'roundtrip-it-typo' (known: roundtrip-it-db)")
}: 'the error names the unknown id and the ids settings.xml has'
rt.expectLine('[ERROR] Add <server><id>roundtrip-it-typo</id><username>...</username><password>...</password></server> to ~/.m2/settings.xml (or the file given with -s), or fix <serverId> (roundtrip.serverId).')
assert !rt.lines.any { it.contains('database provider') }: 'no database may be reached for an input problem'
return true
