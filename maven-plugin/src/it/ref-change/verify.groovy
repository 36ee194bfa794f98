def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/paygen')
assert log.contains('because: no previous output')
assert log.contains('because: inputs changed')
assert !log.contains(', up to date:')
def sources = []
out.eachFileRecurse { if (it.name.endsWith('.java')) sources << it }
assert sources.any { it.text.contains('PENDING') } : 'the enum value added in schemas/status.yaml is generated'
return true
