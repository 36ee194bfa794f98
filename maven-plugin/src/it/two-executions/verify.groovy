def log = new File(basedir, 'build.log').text
def target = new File(basedir, 'target')
assert new File(target, 'generated-sources/paygen-pets/com/example/pets/PetsClient.java').isFile()
assert new File(target, 'generated-sources/paygen-stores/com/example/stores/StoresClient.java').isFile()
assert !new File(target, 'generated-sources/paygen-pets/com/example/stores').exists()
assert new File(target, 'classes/com/example/app/App.class').isFile()
assert log.count('because: no previous output') == 2
return true
