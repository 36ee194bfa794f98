def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/paygen/com/example/pets')
assert new File(out, 'PetsClient.java').isFile()
assert new File(out, 'model/Pet.java').isFile()
assert new File(out, 'model/PetStatus.java').isFile()
assert new File(basedir, 'target/classes/com/example/pets/model/Pet.class').isFile()
assert new File(basedir, 'target/classes/com/example/app/App.class').isFile()
assert log.contains('because: no previous output')
assert log.contains('written, 0 unchanged, 0 removed')
return true
