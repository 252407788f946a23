// Container builds run where .ci/containers has a Docker engine and a local image; elsewhere they
// are skipped, and the reason goes to the console (the invoker sends script output to build.log).
if (!System.getenv('ROUNDTRIP_TEST_MARIADB_IMAGE')) {
    def console = new PrintStream(new FileOutputStream(FileDescriptor.out), true)
    console.println "SKIPPED (container test) ${basedir.name}: ROUNDTRIP_TEST_MARIADB_IMAGE is unset (.ci/containers sets it where a Docker engine answers)"
    return false
}
return true
