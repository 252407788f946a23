// Git for the scenarios that need a clone (since-*): their prebuild.groovy evaluates this file
// (its path is the script variable 'gitHelper') and gets a closure that runs git in the project, with
// an author of its own and a time limit, failing on any error.
import java.util.concurrent.TimeUnit

def run = { String... args ->
    def command = ['git', '-c', 'user.name=Roundtrip IT', '-c', 'user.email=it@roundtrip.dev',
                   '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'] + (args as List)
    def p = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    p.outputStream.close()
    def out = new ByteArrayOutputStream()
    def reader = Thread.start { out << p.inputStream }
    assert p.waitFor(60, TimeUnit.SECONDS): "git ${args.join(' ')} did not end within 60 s"
    reader.join(5000)
    assert p.exitValue() == 0: "git ${args.join(' ')} failed: ${out}"
    out.toString('UTF-8').trim()
}
return run
