def rt = evaluate(new File(checks))

def line = rt.lines.find { it.startsWith('[INFO] [postgresql] database provider: ') }
def m = line =~ /^\[INFO\] \[postgresql\] database provider: embedded \(testcontainers unavailable: no Docker engine answers \(Testcontainers looked at DOCKER_HOST, ~\/\.testcontainers\.properties and the default socket\); checked in (\d+) ms\)$/
assert m.matches(): line
assert (m[0][1] as int) < 10_000: "the check took ${m[0][1]} ms"
assert !rt.lines.any { it.startsWith('[ERROR]') }: 'no Docker is not an error: ' + rt.lines.findAll { it.startsWith('[ERROR]') }
rt.migrationOk('V1 create notes')
rt.expectLine('[INFO] BUILD SUCCESS')
rt.embeddedServerStopped()
return true
