def log = new File(basedir, 'build.log').text
assert log.contains('API: major (2 breaking; 2 added, 1 removed, 0 changed)')
assert log.contains('BREAKING removed component Pet.status (PetStatus, optional)')
assert log.contains('BREAKING added component Pet.owner (String, required: constructor and builder callers must set it)')
assert log.contains('compatible added constant PetStatus.PENDING (pending; switch expressions over PetStatus.known() without default must handle it)')
assert log.contains('2 breaking change(s) in the generated API (failOnBreaking is on)')
def json = new File(basedir, 'target/paygen-diff.json').text
assert json.contains('"verdict" : "major"')
assert json.contains('"element" : "component model.Pet.status"')
return true
