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

def report = { ->
    def file = new File(basedir, 'target/roundtrip/roundtrip-report.json')
    assert file.isFile(): "no report at ${file}"
    new groovy.json.JsonSlurper().parse(file)
}

return [lines: lines, expectLine: expectLine, embeddedServerStopped: embeddedServerStopped, report: report]
