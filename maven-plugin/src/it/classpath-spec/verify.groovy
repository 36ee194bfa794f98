def log = new File(basedir, 'build.log').text
def copy = new File(basedir, 'target/paygen/dots/dots.yaml')
assert copy.isFile() : 'the classpath spec is copied to target/paygen/<execution-id>/'
assert new File(basedir, 'target/paygen/dots').list().length == 1 : 'only the spec is copied'
assert new File(basedir, 'target/generated-sources/paygen/com/example/dots/DotsClient.java').isFile()
assert new File(basedir, 'target/classes/com/example/dots/DotsClient.class').isFile()
return true
