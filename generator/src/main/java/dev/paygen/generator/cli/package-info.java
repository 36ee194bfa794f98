/**
 * The {@code paygen} command line: parses and checks arguments with picocli, builds one
 * {@link dev.paygen.generator.GenerationRequest}, runs {@link dev.paygen.generator.Generator} and
 * turns the result into messages and an exit code (0 done, 1 problems in the spec or drift, 2 bad
 * usage), never a stack trace.
 */
package dev.paygen.generator.cli;
