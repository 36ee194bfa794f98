def log = new File(basedir, 'build.log').text
def model = new File(basedir, 'target/generated-sources/paygen/com/example/pets/model')
assert log.contains('because: no previous output')
assert log.contains('because: inputs changed')
assert !new File(model, 'Tag.java').exists() : 'Tag.java is no longer generated and must be removed'
assert log.contains('removed stale com/example/pets/model/Tag.java')
def owner = new File(model, 'Owner.java')
def status = new File(model, 'PetStatus.java')
assert owner.isFile()
// PetStatus did not change: it still has the first build's timestamp
assert status.lastModified() < owner.lastModified()
assert new File(basedir, 'target/classes/com/example/pets/model/Owner.class').isFile()
return true
