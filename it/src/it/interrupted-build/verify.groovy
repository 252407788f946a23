// Starts real builds of this project and breaks them on purpose: SIGTERM while the embedded
// PostgreSQL runs, then SIGKILL, then a normal build. Counts, before and after each, the server
// processes and the run folders that build has in the private work folder.
import java.util.concurrent.TimeUnit

def user = System.getProperty('user.name').replaceAll(/[^A-Za-z0-9._-]/, '_')
def work = new File(System.getProperty('java.io.tmpdir'), "roundtrip-${user}")
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def settings = new File(basedir, 'child-settings.xml')
settings.text = new File(basedir.parentFile.parentFile.parentFile, 'src/it/settings.xml').text
    .replace('@localRepositoryUrl@', new File("${localRepositoryPath}").toURI().toString())

// the run folders of the build with this pid, and the processes working in them
def runFolders = { long pid -> (work.listFiles() ?: []).findAll { it.name.startsWith("run-${pid}-") } }
def serverProcesses = { long pid ->
    ProcessHandle.allProcesses().filter { p ->
        p.info().commandLine().map { it.contains("${work.path}/run-${pid}-") }.orElse(false)
    }.count()
}

def started = []
// the build's lines without the colour resets Maven writes at the start of some
def linesOf = { build -> build.log.readLines()*.replaceAll(/\u001B\[[0-9;]*m/, '') }
def start = { String name, List<String> extra = [] ->
    def log = new File(basedir, "${name}.log")
    def cmd = [mvn, '-B', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}", 'verify'] + extra
    def p = new ProcessBuilder(cmd*.toString()).directory(basedir).redirectErrorStream(true).redirectOutput(log).start()
    started << p
    [process: p, log: log]
}

def awaitReady = { build ->
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3)
    while (!build.log.text.contains('ready in')) {
        assert build.process.alive: "the build ended before its server was up:\n${build.log.text}"
        assert System.nanoTime() < until: "no server after 3 minutes:\n${build.log.text}"
        Thread.sleep(200)
    }
    Thread.sleep(1000) // V1 runs, V2 sleeps
}

try {
    // 1. SIGTERM: one line says what was stopped and removed; nothing is left; it takes seconds
    def term = start('sigterm')
    awaitReady(term)
    long termPid = term.process.pid()
    assert serverProcesses(termPid) >= 1: 'the server of the build is not running'
    assert runFolders(termPid).size() == 1
    long sent = System.nanoTime()
    term.process.destroy() // SIGTERM to the JVM (the mvn script execs java)
    assert term.process.waitFor(20, TimeUnit.SECONDS): 'the build did not end within 20 s of SIGTERM'
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent)
    def lines = linesOf(term)
    def said = lines.findAll { it.startsWith('Roundtrip: the JVM is exiting; ') }
    assert said.size() == 1: "expected one line from the cleanup, got ${said}"
    assert said[0] ==~ /Roundtrip: the JVM is exiting; stopped embedded PostgreSQL [0-9.]+ \(port \d+\) and removed \S+postgresql-1\./
    assert !lines.any { it =~ /NoClassDefFoundError|Exception|by hand/ }: lines.findAll { it =~ /Error|Exception|hand/ }
    // the step the signal interrupted is not judged: its failure is the cleanup's doing
    assert !lines.any { it.contains('-> FAILED') || it.contains('not verified') }: lines.findAll { it =~ /FAILED|not verified/ }
    assert serverProcesses(termPid) == 0: 'a server process outlived the interrupted build'
    assert runFolders(termPid).isEmpty(): "run folder left: ${runFolders(termPid)}"
    println "SIGTERM: build ended ${tookMs} ms after the signal, nothing left"

    // 2. SIGKILL: no hook runs; the server and its folder stay, and require the run's password
    def kill = start('sigkill')
    awaitReady(kill)
    long killPid = kill.process.pid()
    kill.process.destroyForcibly()
    assert kill.process.waitFor(20, TimeUnit.SECONDS)
    assert serverProcesses(killPid) >= 1: 'expected the killed build to leave its server running'
    assert runFolders(killPid).size() == 1
    def port = (kill.log.text =~ /\(port (\d+)\) ready in/)[0][1]
    def refused = ['psql', '-h', '127.0.0.1', '-p', port, '-U', 'postgres', '-w', '-c', 'select 1']
    try {
        def psql = refused.execute()
        assert psql.waitFor() != 0: 'the left server let psql in without a password'
    } catch (IOException noPsql) {
        println 'psql not installed: the password check of the left server is skipped here'
    }

    // 3. The next build stops the left server, removes its folder, and leaves nothing itself
    def next = start('next', ['-Dmigrations=classpath:db/quick'])
    assert next.process.waitFor(5, TimeUnit.MINUTES): 'the next build did not end'
    def nextLines = linesOf(next)
    assert next.process.exitValue() == 0: nextLines.join('\n')
    assert nextLines.any { it ==~ /\[INFO\] \[postgresql\] stopped embedded PostgreSQL left by an earlier run and removed \S+run-${killPid}-\S+/ }:
        nextLines.findAll { it.contains('[postgresql]') }.join('\n')
    assert serverProcesses(killPid) == 0: 'the killed build\'s server still runs after the next build'
    assert runFolders(killPid).isEmpty()
    assert serverProcesses(next.process.pid()) == 0
    assert runFolders(next.process.pid()).isEmpty()

    // 4. Server mode, on the machine's PostgreSQL when ROUNDTRIP_TEST_POSTGRES_URL names one: the
    // databases each build made there (their names carry the build's pid in base 36)
    def serverUrl = System.getenv('ROUNDTRIP_TEST_POSTGRES_URL')
    def psqlArgs = ['psql', '-h', '127.0.0.1', '-U', 'postgres', '-w', '-d', 'postgres', '-Atc']
    boolean havePsql = { -> try { (psqlArgs + ['select 1']).execute().waitFor() == 0 } catch (IOException e) { false } }()
    if (serverUrl == null || !serverUrl.contains('127.0.0.1:5432') || !havePsql) {
        println 'server mode part skipped: set ROUNDTRIP_TEST_POSTGRES_URL to the PostgreSQL at 127.0.0.1:5432 (psql needed)'
        return true
    }
    def databasesOf = { long pid ->
        def out = (psqlArgs + ["select datname from pg_database where datname like 'roundtrip\\_%'"]).execute().text
        out.readLines().findAll { it =~ /^roundtrip_\d{14}_[0-9a-f]{8}_${Long.toString(pid, 36)}_/ }
    }
    def awaitDatabase = { build ->
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2)
        while (!build.log.text.contains('V1 create notes')) {
            assert build.process.alive && System.nanoTime() < until: build.log.text
            Thread.sleep(200)
        }
        Thread.sleep(500)
    }
    def serverMode = ['-Dprovider=server', "-Droundtrip.serverUrl=${serverUrl}"]
    def sterm = start('server-sigterm', serverMode)
    awaitDatabase(sterm)
    assert databasesOf(sterm.process.pid()).size() == 1
    sterm.process.destroy()
    assert sterm.process.waitFor(20, TimeUnit.SECONDS)
    assert linesOf(sterm).count { it ==~ /Roundtrip: the JVM is exiting; dropped roundtrip_\S+ on PostgreSQL .*/ } == 1: sterm.log.text
    assert databasesOf(sterm.process.pid()).isEmpty()

    def skill = start('server-sigkill', serverMode)
    awaitDatabase(skill)
    skill.process.destroyForcibly()
    assert skill.process.waitFor(20, TimeUnit.SECONDS)
    assert databasesOf(skill.process.pid()).size() == 1
    Thread.sleep(11_000) // the grace period of 10 s
    def snext = start('server-next', serverMode + ['-Dmigrations=classpath:db/quick'])
    assert snext.process.waitFor(5, TimeUnit.MINUTES) && snext.process.exitValue() == 0: snext.log.text
    assert linesOf(snext).any { it =~ /\[postgresql\] dropped \d+ database\(s\) left by runs that were killed/ }: snext.log.text
    assert databasesOf(skill.process.pid()).isEmpty()
    assert databasesOf(snext.process.pid()).isEmpty()
    println 'server mode: SIGTERM dropped its database, the one SIGKILL left was dropped by the next build'
    return true
} finally {
    // a failed check must not leave a build running
    started.findAll { it.alive }.each { it.destroy(); it.waitFor(20, TimeUnit.SECONDS) }
}
