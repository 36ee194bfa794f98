/**
 * The paygen annotation processor: {@link dev.paygen.processor.GenerateClient} on a
 * {@code package-info.java} generates a typed client through javac's {@code Filer}, in the same
 * compilation, from one {@link dev.paygen.generator.GenerationRequest} per annotated package.
 */
package dev.paygen.processor;
