// Checks shared by the integration builds: each scenario's verify.groovy evaluates this file
// (its path is the script variable 'checks') and gets the helpers below.
def lines = new File(basedir, 'build.log').readLines()

def expectLine = { String expected ->
    assert lines.contains(expected): "build.log has no line\n  ${expected}\nLines from Roundtrip:\n" +
        lines.findAll { it.contains('postgresql') || it.contains('Roundtrip') }.join('\n')
}

// The embedded server of the build is stopped when the build ends, whatever its result.
def embeddedServerStopped = {
    def ready = lines.find { it =~ /embedded PostgreSQL [0-9.]+ \(port \d+\) ready/ }
    assert ready != null: 'no embedded PostgreSQL start line in build.log'
    int port = (ready =~ /port (\d+)/)[0][1] as int
    try {
        new Socket('127.0.0.1', port).close()
        assert false: "embedded PostgreSQL still listens on port ${port} after the build"
    } catch (ConnectException expected) {
        // stopped, as it must be
    }
}

// A migration that round-tripped: its progress line ends in OK, with at most the warning that
// the down discards what was written after the up (the price of any rollback).
def migrationOk = { String migration ->
    def pattern = ~/\[INFO\] \[postgresql\] ${java.util.regex.Pattern.quote(migration)} : up \d+ ms, down \d+ ms, re-up \d+ ms -> OK( \(data-discarded\))?/
    assert lines.any { it ==~ pattern }: "no OK line for ${migration}:\n" + lines.findAll { it.contains(migration) }.join('\n')
}

def report = { ->
    def file = new File(basedir, 'target/roundtrip/roundtrip-report.json')
    assert file.isFile(): "no report at ${file}"
    new groovy.json.JsonSlurper().parse(file)
}

return [lines: lines, expectLine: expectLine, migrationOk: migrationOk,
        embeddedServerStopped: embeddedServerStopped, report: report]
