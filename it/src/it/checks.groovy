// Checks shared by the integration builds: each scenario's verify.groovy evaluates this file
// (its path is the script variable 'checks') and gets the helpers below.
def lines = new File(basedir, 'build.log').readLines()

def expectLine = { String expected ->
    assert lines.contains(expected): "build.log has no line\n  ${expected}\nLines from Roundtrip:\n" +
        lines.findAll { it =~ /postgresql|mariadb|mysql|sqlite|Roundtrip/ }.join('\n')
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

// SQLite's databases are files in the run's private folder: none is left when the build ends.
// Only the run folders of processes that started in the last ten minutes and are gone count:
// other runs on the machine may be going on, and a crash long ago is not this build's.
def sqliteFilesRemoved = { ->
    assert lines.any { it ==~ /\[INFO\] \[sqlite\] embedded SQLite [0-9.]+ ready in \d+ ms/ }: 'no SQLite start line'
    def user = System.getProperty('user.name', 'user').replaceAll('[^A-Za-z0-9._-]', '_')
    def folder = new File(System.getProperty('java.io.tmpdir'), "roundtrip-${user}")
    def left = []
    def since = System.currentTimeMillis() - 10 * 60 * 1000L
    if (folder.isDirectory()) folder.eachDirMatch(~/run-\d+-[0-9a-z]+/) { run ->
        def m = (run.name =~ /run-(\d+)-([0-9a-z]+)/)[0]
        long pid = m[1] as long
        long start = Long.parseLong(m[2], 36)
        if (start >= since && !ProcessHandle.of(pid).isPresent()) {
            run.eachFileRecurse { if (it.name.startsWith('roundtrip_') || it.name.startsWith('sqlite-')) left << it }
        }
    }
    assert left.isEmpty(): "SQLite files left after the build: ${left}"
}

// The container of the build is removed when the build ends, whatever its result.
def containerRemoved = {
    def ready = lines.findAll { it =~ / in container [0-9a-f]{12} of \S+ \(\S+:\d+\) ready in \d+ ms/ }
    assert !ready.isEmpty(): 'no container start line in build.log'
    ready.each { line ->
        def id = (line =~ / in container ([0-9a-f]{12}) /)[0][1]
        def ps = ['docker', 'ps', '-aq', '--filter', "id=${id}"].execute()
        def out = ps.text.trim()
        assert ps.waitFor() == 0: "docker ps failed: ${ps.err.text}"
        assert out.isEmpty(): "container ${id} still exists after the build"
    }
    assert !lines.any { it.startsWith('Exception in thread') }: 'the JVM ended with an exception'
}

// Whichever server the build had is gone: the embedded one stopped, the container removed.
def serverStopped = { String product = 'PostgreSQL' ->
    if (lines.any { it =~ /${product} .* in container [0-9a-f]{12} of / }) {
        containerRemoved()
    } else {
        embeddedServerStopped(product)
    }
}

// The provider chosen by default on this machine, in one of the forms the choice takes:
// Testcontainers where Docker can run the dialect's official image, else embedded, saying why.
def defaultProvider = { String dialect, String image ->
    def line = lines.find { it.startsWith("[INFO] [${dialect}] database provider: ") }
    assert line != null: "no provider line for ${dialect}"
    def q = java.util.regex.Pattern.quote(image)
    def forms = [
        /\[INFO\] \[${dialect}\] database provider: testcontainers \(Docker \S+ at \S+, image ${q} (present|to be pulled from its registry); checked in \d+ ms\)/,
        /\[INFO\] \[${dialect}\] database provider: embedded \(testcontainers unavailable: no Docker engine answers \(Testcontainers looked at DOCKER_HOST, ~\/\.testcontainers\.properties and the default socket\); checked in \d+ ms\)/,
        /\[INFO\] \[${dialect}\] database provider: embedded \(testcontainers unavailable: Docker \S+ at \S+ answers, but image ${q} is not present and cannot be pulled: .+; checked in \d+ ms\)/,
        /\[INFO\] \[${dialect}\] database provider: embedded \(testcontainers unavailable: gave up after 10 s .+\)/]
    assert forms.any { line ==~ it }: "unexpected provider line:\n  ${line}"
    return line
}

// A migration that round-tripped: its progress line ends in OK, with at most the warning that
// the down discards what was written after the up (the price of any rollback).
// migrationOkOn names the dialect; migrationOk is PostgreSQL's.
def migrationOkOn = { String dialect, String migration ->
    def pattern = ~/\[INFO\] \[${dialect}\] ${java.util.regex.Pattern.quote(migration)} : up \d+ ms, down \d+ ms, re-up \d+ ms, down after writes \d+ ms, re-up \d+ ms -> OK( \(data-discarded\))?/
    assert lines.any { it ==~ pattern }: "no OK line for ${migration} on ${dialect}:\n" + lines.findAll { it.contains(migration) }.join('\n')
}
def migrationOk = { String migration -> migrationOkOn('postgresql', migration) }

def report = { ->
    def file = new File(basedir, 'target/roundtrip/roundtrip-report.json')
    assert file.isFile(): "no report at ${file}"
    new groovy.json.JsonSlurper().parse(file)
}

return [lines: lines, expectLine: expectLine, migrationOk: migrationOk, migrationOkOn: migrationOkOn,
        embeddedServerStopped: embeddedServerStopped, containerRemoved: containerRemoved,
        serverStopped: serverStopped, defaultProvider: defaultProvider, report: report,
        sqliteFilesRemoved: sqliteFilesRemoved]
