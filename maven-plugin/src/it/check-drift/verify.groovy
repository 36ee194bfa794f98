def log = new File(basedir, 'build.log').text
assert log.contains('com/example/pets/model/Pet.java (changed)')
assert log.contains('com/example/pets/PetsClient.java (missing)')
assert log.contains('Fix: run `mvn paygen:generate@verify-client`')
// a check writes nothing
assert new File(basedir, 'src/main/java/com/example/pets/model/Pet.java').text.contains('edited by hand')
assert !new File(basedir, 'src/main/java/com/example/pets/PetsClient.java').exists()
return true
