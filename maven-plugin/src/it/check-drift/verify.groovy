def log = new File(basedir, 'build.log').text
assert log.contains('com/example/pets/model/Pet.java (changed)')
assert log.contains('Fix: run `mvn paygen:generate@verify-client`')
assert log.contains('paygen: check passed')
assert !new File(basedir, 'src/main/java/com/example/pets/model/Pet.java').text.contains('edited by hand')
return true
