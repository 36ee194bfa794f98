/**
 * The last step of a run: fingerprints the inputs, compares rendered sources with the output
 * folder, writes only what changed (atomically, one file at a time), removes files a previous run
 * generated and this one no longer does, and records what paygen owns in {@code .paygen-manifest}
 * so that nothing else in the folder is ever touched.
 */
package dev.paygen.generator.write;
