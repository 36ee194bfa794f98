/**
 * What a spec change does to the generated Java API: {@link dev.paygen.generator.diff.ApiSurface}
 * lists the public elements a model generates (types, record components, enum constants, union
 * variants, service methods, client accessors and credential setters) with their signatures, and
 * {@link dev.paygen.generator.diff.ApiDiff} compares two surfaces, marking each change breaking or
 * compatible for code compiled against the API. Reads only the model: no Swagger, no JavaPoet.
 */
package dev.paygen.generator.diff;
