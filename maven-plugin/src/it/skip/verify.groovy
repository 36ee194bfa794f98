def log = new File(basedir, 'build.log').text
assert log.contains('paygen: skipped (paygen.skip=true)')
assert !new File(basedir, 'target/generated-sources/paygen').exists()
return true
