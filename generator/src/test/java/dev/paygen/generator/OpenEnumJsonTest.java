package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.runtime.ObjectMappers;
import dev.paygen.runtime.OpenEnum;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated enums are open: a value the spec does not list keeps its wire text and is written back
 * unchanged, a listed value is the constant itself, {@code switch} over {@code known()} works on Java
 * 17, and no instance exists without a wire value. Compiled with {@code -Xlint:all -Werror} together
 * with a user class that switches over the known values.
 */
class OpenEnumJsonTest {
  private static final ObjectMapper MAPPER = ObjectMappers.create();

  private static CompiledSpecs.Compiled compiled;

  @BeforeAll
  static void compile(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            intent_status:
              type: string
              enum: [succeeded, failed]
            retry_after:
              type: integer
              enum: [30, 60]
            payment:
              type: object
              required: [status]
              properties:
                status: {$ref: '#/components/schemas/intent_status'}
                retry_after: {$ref: '#/components/schemas/retry_after'}
            known:
              type: string
              enum: [unrecognized, known]
        """);
    List<GeneratedFile> files = new ArrayList<>(CompiledSpecs.generate(spec, "com.acme.shop"));
    // What a user writes: an exhaustive switch over the listed values, no default needed.
    files.add(new GeneratedFile("com/acme/shop/app/Usage.java", "com.acme.shop.app.Usage", """
        package com.acme.shop.app;

        import com.acme.shop.model.IntentStatus;

        public final class Usage {
          private Usage() {}

          public static String describe(IntentStatus status) {
            return switch (status.known()) {
              case SUCCEEDED -> "paid";
              case FAILED -> "failed";
              case UNRECOGNIZED -> "not listed: " + status.value();
            };
          }
        }
        """));
    compiled = CompiledSpecs.compile("open enum spec", files);
  }

  @Test
  void anUnknownValueIsKeptAndWrittenBackUnchanged() throws Exception {
    String json = "{\"status\":\"requires_3ds_challenge\"}";

    Object payment = MAPPER.readValue(json, type("Payment"));
    Object status = call(payment, "status");

    assertThat(call(status, "value")).isEqualTo("requires_3ds_challenge");
    assertThat(call(status, "isKnown")).isEqualTo(false);
    assertThat(call(status, "known").toString()).isEqualTo("UNRECOGNIZED");
    assertThat(status).hasToString("requires_3ds_challenge");
    assertThat(MAPPER.writeValueAsString(payment)).isEqualTo(json);
    assertThat(status)
        .isEqualTo(MAPPER.readValue("\"requires_3ds_challenge\"", type("IntentStatus")));
  }

  @Test
  void aKnownValueReadIsTheListedConstant() throws Exception {
    Object status = MAPPER.readValue("\"succeeded\"", type("IntentStatus"));

    assertThat(status).isSameAs(type("IntentStatus").getField("SUCCEEDED").get(null));
    assertThat(call(status, "isKnown")).isEqualTo(true);
    assertThat(MAPPER.writeValueAsString(status)).isEqualTo("\"succeeded\"");
  }

  @Test
  void switchOverKnownCompilesAndWorks() throws Exception {
    Class<?> usage = compiled.load("com.acme.shop.app.Usage");
    Class<?> statusType = type("IntentStatus");

    Object failed = MAPPER.readValue("\"failed\"", statusType);
    Object unlisted = MAPPER.readValue("\"disputed\"", statusType);

    assertThat(usage.getMethod("describe", statusType).invoke(null, failed)).isEqualTo("failed");
    assertThat(usage.getMethod("describe", statusType).invoke(null, unlisted))
        .isEqualTo("not listed: disputed");
  }

  @Test
  void ofNullFailsClearly() throws Exception {
    assertThatThrownBy(() -> invokeOf(type("IntentStatus"), String.class, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("IntentStatus.of: value is null");
  }

  @Test
  void valuesListsTheConstantsInSpecOrder() throws Exception {
    Object values = type("IntentStatus").getMethod("values").invoke(null);

    assertThat(values).hasToString("[succeeded, failed]");
  }

  @Test
  void anIntegerEnumKeepsAnUnknownNumberAndReadsAListedOneAsTheConstant() throws Exception {
    Class<?> retryAfter = type("RetryAfter");
    String json = "{\"status\":\"succeeded\",\"retry_after\":90}";

    Object payment = MAPPER.readValue(json, type("Payment"));
    Object ninety = call(payment, "retryAfter");

    assertThat(call(ninety, "value")).isEqualTo(90L);
    assertThat(call(ninety, "isKnown")).isEqualTo(false);
    assertThat(MAPPER.writeValueAsString(payment)).isEqualTo(json);
    assertThat(MAPPER.readValue("30", retryAfter))
        .isSameAs(retryAfter.getField("_30").get(null));
    assertThat(invokeOf(retryAfter, Long.class, 60L))
        .isSameAs(retryAfter.getField("_60").get(null));
    assertThatThrownBy(() -> invokeOf(retryAfter, Long.class, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("RetryAfter.of: value is null");
  }

  @Test
  void anEnumNamedKnownWithAValueUnrecognizedGetsNamesThatDoNotCollide() throws Exception {
    Class<?> known = type("Known");

    Object unrecognized = MAPPER.readValue("\"unrecognized\"", known);

    assertThat(unrecognized).isSameAs(known.getField("UNRECOGNIZED_2").get(null));
    assertThat(call(unrecognized, "isKnown")).isEqualTo(true);
    assertThat(call(unrecognized, "known").getClass().getSimpleName()).isEqualTo("Known2");
  }

  @Test
  void enumBoilerplateLivesInTheRuntime() throws Exception {
    for (String name : List.of("IntentStatus", "RetryAfter", "Known")) {
      Class<?> type = type(name);

      assertThat(type.getSuperclass()).isEqualTo(OpenEnum.class);
      assertThat(Arrays.stream(type.getDeclaredMethods()).map(Method::getName))
          .as(name + " declares only what is specific to it")
          .doesNotContain("equals", "hashCode", "toString", "value", "known", "isKnown")
          .contains("of", "values");
      assertThat(type.getDeclaredFields())
          .as(name + " has only its constants and the runtime's index of them")
          .allMatch(field -> field.getType() == type
              || (field.getName().equals("index") && field.getType() == OpenEnum.Index.class));
    }
    Object unlisted = MAPPER.readValue("\"disputed\"", type("IntentStatus"));
    assertThat(((OpenEnum<?, ?>) unlisted).value()).isEqualTo("disputed");
  }

  private static Object invokeOf(Class<?> type, Class<?> valueType, Object value) throws Exception {
    try {
      return type.getMethod("of", valueType).invoke(null, value);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static Object call(Object target, String method) throws Exception {
    return target.getClass().getMethod(method).invoke(target);
  }

  private static Class<?> type(String simpleName) {
    return compiled.load("com.acme.shop.model." + simpleName);
  }
}
