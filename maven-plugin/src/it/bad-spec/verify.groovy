def log = new File(basedir, 'build.log').text
def problems = log.readLines().findAll { it =~ /bad\.yaml#\/\S*: error \[PAYGEN-E\d+\]/ }
assert problems.size() >= 2 : "expected both broken \$refs to be listed, got ${problems}"
assert problems.any { it.contains('Missing') }
assert problems.any { it.contains('AlsoMissing') }
assert log.contains('nothing was generated')
assert log.contains('MojoFailureException')
assert !new File(basedir, 'target/generated-sources/paygen/com').exists()
return true
