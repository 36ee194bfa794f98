/**
 * Naming authority of the model layer: {@link dev.paygen.generator.naming.NameAllocator}, the one
 * place a name is made unique in its scope, and {@link dev.paygen.generator.naming.GeneratedNames},
 * the names generated code itself uses, which spec names must not take. Plain Java: the load layer
 * uses it to decide every name before emission, and the emit tests check the reserved names against
 * what the emitters produce.
 */
package dev.paygen.generator.naming;
