def log = new File(basedir, 'build.log').text
assert new File(basedir, 'src/main/java/.paygen-api.json').isFile()
assert log.contains('com/example/pets/model/Pet.java (changed)')
assert log.contains('paygen: 2 breaking change(s): added component Pet.owner (String, required: constructor and builder callers must set it); removed component Pet.status (PetStatus, optional)')
assert log.contains('Fix: run `mvn paygen:generate@vendor`')
assert log.contains('paygen: API: major (2 breaking; 2 added, 1 removed, 0 changed)')
assert log.contains('(failOnBreaking is on; the API recorded in')
assert log.contains('paygen: check passed')
return true
