package dev.paygen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.paygen.generator.JsonLibrary;

/**
 * The Jackson databind and core names generated code uses, for the chosen {@link JsonLibrary}:
 * every emitter takes them from here ({@link JavaTypes#jackson()}), so one set of emitters writes
 * both. The annotations, the same in Jackson 2 and 3, stay in {@link Jackson}.
 *
 * @param jsonDeserialize {@code @JsonDeserialize}
 * @param jsonNode {@code JsonNode}
 * @param jsonNodeType {@code JsonNodeType}
 * @param typeReference {@code TypeReference}
 * @param objectMapper {@code ObjectMapper}
 * @param readFailure what reading JSON text throws ({@code JsonProcessingException}, Jackson 3's
 *     {@code JacksonException})
 * @param convertFailure what binding a tree throws ({@code IllegalArgumentException}, Jackson 3's
 *     {@code JacksonException})
 * @param asText the name of {@code JsonNode}'s text accessor ({@code asText}, Jackson 3's {@code
 *     asString})
 */
record JacksonTypes(
    ClassName jsonDeserialize,
    ClassName jsonNode,
    ClassName jsonNodeType,
    ClassName typeReference,
    ClassName objectMapper,
    ClassName readFailure,
    ClassName convertFailure,
    String asText) {

  static JacksonTypes of(JsonLibrary library) {
    String databind = library.packagePrefix() + ".databind";
    String core = library.packagePrefix() + ".core";
    boolean three = library == JsonLibrary.JACKSON3;
    ClassName jacksonException = ClassName.get(core, "JacksonException");
    return new JacksonTypes(
        ClassName.get(databind + ".annotation", "JsonDeserialize"),
        ClassName.get(databind, "JsonNode"),
        ClassName.get(databind + ".node", "JsonNodeType"),
        ClassName.get(core + ".type", "TypeReference"),
        ClassName.get(databind, "ObjectMapper"),
        three ? jacksonException : ClassName.get(core, "JsonProcessingException"),
        three ? jacksonException : ClassName.get(IllegalArgumentException.class),
        three ? "asString" : "asText");
  }

  /**
   * A plain {@code @JsonDeserialize} on a union's variant: it shadows the union's own
   * {@code @JsonDeserialize(using = ...)}, which Jackson would otherwise inherit and recurse into.
   */
  AnnotationSpec plainDeserialize() {
    return AnnotationSpec.builder(jsonDeserialize).build();
  }

  /** {@code TypeReference<T>}. */
  TypeName typeReference(TypeName type) {
    return ParameterizedTypeName.get(typeReference, type);
  }
}
