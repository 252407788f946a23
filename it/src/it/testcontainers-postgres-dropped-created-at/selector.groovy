// Container builds run where .ci/containers has a Docker engine and a local image; elsewhere they
// are skipped, saying why.
if (!System.getenv('ROUNDTRIP_TEST_POSTGRES_IMAGE')) {
    println "SKIPPED ${basedir.name}: ROUNDTRIP_TEST_POSTGRES_IMAGE is unset (.ci/containers sets it where a Docker engine answers)"
    return false
}
return true
