def log = new File(basedir, 'build.log').text
def vendored = new File(basedir, 'src/main/java/com/example/pets')
assert new File(vendored, 'PetsClient.java').isFile()
assert new File(vendored, 'model/Pet.java').isFile()
assert !new File(basedir, 'target/generated-sources/paygen').exists()
assert new File(basedir, 'target/classes/com/example/pets/model/Pet.class').isFile()
assert new File(basedir, 'target/classes/com/example/app/App.class').isFile()
assert log.contains('paygen: check passed')
assert log.contains('BUILD SUCCESS')
return true
