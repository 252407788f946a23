// Checks shared by the integration builds: each scenario's verify.groovy evaluates this file
// (its path is the script variable 'checks') and gets the helpers below.
def lines = new File(basedir, 'build.log').readLines()

def expectLine = { String expected ->
    assert lines.contains(expected): "build.log has no line\n  ${expected}\nLines from Roundtrip:\n" +
        lines.findAll { it =~ /postgresql|mariadb|mysql|Roundtrip/ }.join('\n')
}

// The embedded server of the build (PostgreSQL unless named, e.g. 'MariaDB') is stopped when
// the build ends, whatever its result.
def embeddedServerStopped = { String product = 'PostgreSQL' ->
    def ready = lines.find { it =~ /embedded ${product} [0-9.]+ \(port \d+\) ready/ }
    assert ready != null: "no embedded ${product} start line in build.log"
    int port = (ready =~ /port (\d+)/)[0][1] as int
    try {
        new Socket('127.0.0.1', port).close()
        assert false: "embedded ${product} still listens on port ${port} after the build"
    } catch (ConnectException expected) {
        // stopped, as it must be
    }
}

// A migration that round-tripped: its progress line ends in OK, with at most the warning that
// the down discards what was written after the up (the price of any rollback).
// migrationOkOn names the dialect; migrationOk is PostgreSQL's.
def migrationOkOn = { String dialect, String migration ->
    def pattern = ~/\[INFO\] \[${dialect}\] ${java.util.regex.Pattern.quote(migration)} : up \d+ ms, down \d+ ms, re-up \d+ ms -> OK( \(data-discarded\))?/
    assert lines.any { it ==~ pattern }: "no OK line for ${migration} on ${dialect}:\n" + lines.findAll { it.contains(migration) }.join('\n')
}
def migrationOk = { String migration -> migrationOkOn('postgresql', migration) }

def report = { ->
    def file = new File(basedir, 'target/roundtrip/roundtrip-report.json')
    assert file.isFile(): "no report at ${file}"
    new groovy.json.JsonSlurper().parse(file)
}

return [lines: lines, expectLine: expectLine, migrationOk: migrationOk, migrationOkOn: migrationOkOn,
        embeddedServerStopped: embeddedServerStopped, report: report]
