def rt = evaluate(new File(checks))

// The build ran under -X: Maven printed the goal's parameters, and serverId is among them.
rt.expectLine('[DEBUG]   (f) serverId = roundtrip-it-db')
// The user of <server> roundtrip-it-db was the one tried, so its password was read with it.
assert rt.lines.any {
    it.startsWith('[ERROR]   [postgresql] cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/postgres as user it_user_5e1f: ')
}: 'the connection error names the URL and the user of <server> roundtrip-it-db'
// The password shows nowhere: not in the parameter dump, not in the errors, not in a stack trace.
def leaks = rt.lines.findAll { it.contains('it-pass-Qw7xZ93k') }
assert leaks.isEmpty(): "the password of <server> roundtrip-it-db is in build.log:\n${leaks.join('\n')}"
return true
