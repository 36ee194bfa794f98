package dev.paygen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/**
 * The Jackson annotations generated code uses, the same for Jackson 2 and 3 (the databind and core
 * names are {@link JacksonTypes}); the generator itself does not link Jackson.
 */
final class Jackson {
  // CPD-OFF: a table of constants, alike to any other such table once names and literals are
  // ignored
  static final String ANNOTATION = "com.fasterxml.jackson.annotation";
  static final ClassName JSON_PROPERTY = ClassName.get(ANNOTATION, "JsonProperty");
  static final ClassName JSON_VALUE = ClassName.get(ANNOTATION, "JsonValue");
  static final ClassName JSON_ANY_SETTER = ClassName.get(ANNOTATION, "JsonAnySetter");
  static final ClassName JSON_ANY_GETTER = ClassName.get(ANNOTATION, "JsonAnyGetter");
  static final ClassName JSON_CREATOR = ClassName.get(ANNOTATION, "JsonCreator");
  static final ClassName JSON_CREATOR_MODE = JSON_CREATOR.nestedClass("Mode");
  static final ClassName JSON_INCLUDE = ClassName.get(ANNOTATION, "JsonInclude");
  // CPD-ON

  /**
   * The runtime's bundle of {@code @JsonInclude(NON_NULL)} (absent optionals not sent, whatever
   * the caller's mapper says) and {@code @JsonIgnoreProperties(ignoreUnknown = true)}, which the
   * record's any-setter makes moot: unknown properties are kept.
   */
  static final AnnotationSpec JSON_RECORD_ANNOTATION =
      AnnotationSpec.builder(RuntimeTypes.JSON_RECORD).build();

  /** A required, nullable component is written even when null. */
  static final AnnotationSpec ALWAYS = AnnotationSpec.builder(JSON_INCLUDE)
      .addMember("value", "$T.ALWAYS", JSON_INCLUDE.nestedClass("Include"))
      .build();

  /** {@code @JsonCreator(mode = DELEGATING)}: the single argument is the whole JSON value. */
  static final AnnotationSpec DELEGATING_CREATOR = AnnotationSpec.builder(JSON_CREATOR)
      .addMember("mode", "$T.DELEGATING", JSON_CREATOR_MODE)
      .build();

  private Jackson() {}

  static AnnotationSpec property(String wireName) {
    return AnnotationSpec.builder(JSON_PROPERTY)
        .addMember("value", "$S", wireName)
        .build();
  }
}
