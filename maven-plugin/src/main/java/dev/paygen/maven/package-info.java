/**
 * The paygen Maven goals: {@code paygen:generate} writes a typed client into
 * {@code target/generated-sources/paygen} and adds it to the compile sources, {@code paygen:check}
 * fails the build when vendored sources drift from the spec. Each Mojo only turns its parameters
 * into one {@link dev.paygen.generator.GenerationRequest}; the generator does the rest.
 */
package dev.paygen.maven;
