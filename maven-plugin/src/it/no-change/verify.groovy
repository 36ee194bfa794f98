def log = new File(basedir, 'build.log').text
// build.log holds both builds, one after the other
assert log.count('because: no previous output') == 1
assert log.count('paygen: generated') == 1
assert log.count(', up to date:') == 1
// the compiler found every class newer than its (untouched) source in the second build
def second = log.substring(log.indexOf(', up to date:'))
assert second.contains('Nothing to compile')
assert !second.contains('Compiling ')
return true
