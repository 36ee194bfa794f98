package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.WebhookModel;
import dev.paygen.generator.naming.GeneratedNames;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <ClientName>Webhooks}: verifies Standard Webhooks signatures with the runtime's
 * {@code WebhookVerifier}, then parses the body into a sealed {@code Event}: one record per event
 * of the spec's {@code webhooks} section wrapping its typed payload, chosen by the body's {@code
 * type} property (with a single event, every body is that event), and {@code Unknown} otherwise.
 */
final class WebhooksEmitter {

  private static final TypeName BYTES = com.palantir.javapoet.ArrayTypeName.of(TypeName.BYTE);
  /** Headers as any map whose values are a String or a Collection of them. */
  private static final TypeName HEADERS = ParameterizedTypeName.get(
      ClassName.get(Map.class),
      JavaTypes.STRING,
      com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));

  private WebhooksEmitter() {}

  static ClassName name(ApiModel model) {
    return ClassName.get(model.basePackage(), model.clientName() + GeneratedNames.WEBHOOKS_SUFFIX);
  }

  static TypeSpec emit(ApiModel model, JavaTypes types) {
    ClassName name = name(model);
    ClassName event = name.nestedClass("Event");
    ClassName unknown = name.nestedClass("Unknown");
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Sources.GENERATED)
        .addJavadoc(
            "Verifies and parses the webhooks the $L API sends; get it from the client's {@code $L()}.\n\n"
                + "<pre>{@code\nEvent event = client.$L().unwrap(body, headers);\n"
                + "if (event instanceof $L e) {\n    handle(e.payload());\n}\n}</pre>\n",
            Sources.javadoc(model.clientName()),
            model.webhooksAccessor(),
            model.webhooksAccessor(),
            model.webhooks().get(0).recordName());
    type.addField(types.jackson().objectMapper(), "mapper", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(
        Sources.nullable(RuntimeTypes.WEBHOOK_VERIFIER),
        "verifier",
        Modifier.PRIVATE,
        Modifier.FINAL);
    // Kept beside the verifier so that a per-call secret is checked with the same tolerance and
    // clock, and so that a client without a configured secret still honours
    // withTolerance/withClock.
    type.addField(Duration.class, "tolerance", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(Clock.class, "clock", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addJavadoc(
            "Creates the webhooks of a client; the client's {@code $L()} returns one.\n\n"
                + "@param mapper the client's JSON mapper\n"
                + "@param secret the configured secret ({@code whsec_...}), or null for none\n",
            model.webhooksAccessor())
        .addParameter(types.jackson().objectMapper(), "mapper")
        .addParameter(Sources.nullable(JavaTypes.STRING), "secret")
        .addStatement(
            "this(secret == null ? null : $T.create(secret), mapper, $T.DEFAULT_TOLERANCE, $T.systemUTC())",
            RuntimeTypes.WEBHOOK_VERIFIER,
            RuntimeTypes.WEBHOOK_VERIFIER,
            Clock.class)
        .build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(Sources.nullable(RuntimeTypes.WEBHOOK_VERIFIER), "verifier")
        .addParameter(types.jackson().objectMapper(), "mapper")
        .addParameter(Duration.class, "tolerance")
        .addParameter(Clock.class, "clock")
        .addStatement("this.mapper = mapper")
        .addStatement("this.verifier = verifier")
        .addStatement("this.tolerance = tolerance")
        .addStatement("this.clock = clock")
        .build());
    type.addMethod(MethodSpec.methodBuilder("withTolerance")
        .addModifiers(Modifier.PUBLIC)
        .returns(name)
        .addJavadoc(
            "A copy accepting signatures whose timestamp is this far from now, either way (default 5 minutes).\n\n"
                + "@param tolerance a non-negative duration\n@return the changed copy\n")
        .addParameter(Duration.class, "tolerance")
        .beginControlFlow("if (tolerance == null || tolerance.isNegative())")
        .addStatement(
            "throw new $T($S + tolerance)",
            IllegalArgumentException.class,
            "`tolerance` must be zero or positive, but was ")
        .endControlFlow()
        .addStatement(
            "return new $T(verifier == null ? null : verifier.withTolerance(tolerance), mapper, tolerance, clock)",
            name)
        .build());
    type.addMethod(MethodSpec.methodBuilder("withClock")
        .addModifiers(Modifier.PUBLIC)
        .returns(name)
        .addJavadoc("A copy reading the current time from {@code clock}; a seam for tests.\n\n"
            + "@param clock the clock\n@return the changed copy\n")
        .addParameter(Clock.class, "clock")
        .addStatement(
            "$T.requireNonNull(clock, $S)",
            RuntimeTypes.OBJECTS,
            "`clock` is required, but was null")
        .addStatement(
            "return new $T(verifier == null ? null : verifier.withClock(clock), mapper, tolerance, clock)",
            name)
        .build());
    List<WebhookModel> hooks = model.webhooks();
    for (WebhookModel hook : hooks) {
      type.addField(FieldSpec.builder(
              types.jackson().typeReference(types.of(hook.payload(), false)),
              hook.constantName(),
              Modifier.PRIVATE,
              Modifier.STATIC,
              Modifier.FINAL)
          .initializer("new $T<>() {}", types.jackson().typeReference())
          .build());
    }
    String secretEnv = model.env() == null ? null : model.env().webhookSecret();
    type.addMethod(MethodSpec.methodBuilder("configured")
        .addModifiers(Modifier.PRIVATE)
        .returns(RuntimeTypes.WEBHOOK_VERIFIER)
        .beginControlFlow("if (verifier == null)")
        .addStatement(
            "throw new $T($S)",
            IllegalStateException.class,
            "no webhook secret: call webhookSecret(String) on the client builder"
                + (secretEnv == null ? "" : " or set " + secretEnv + " and use fromEnv()")
                + ", or pass the secret to unwrap")
        .endControlFlow()
        .addStatement("return verifier")
        .build());
    type.addMethod(MethodSpec.methodBuilder("verifier")
        .addModifiers(Modifier.PRIVATE)
        .returns(RuntimeTypes.WEBHOOK_VERIFIER)
        .addParameter(String.class, "secret")
        .addStatement(
            "return $T.create(secret).withTolerance(tolerance).withClock(clock)",
            RuntimeTypes.WEBHOOK_VERIFIER)
        .build());
    for (TypeName body : List.<TypeName>of(JavaTypes.STRING, BYTES)) {
      type.addMethod(unwrap(event, body, false));
      type.addMethod(unwrap(event, body, true));
    }
    type.addMethod(parse(event, unknown, hooks, types.jackson()));
    type.addMethod(parseBytes(event));
    type.addType(TypeSpec.interfaceBuilder(event)
        .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
        .addJavadoc("A webhook event.\n")
        .addPermittedSubclasses(
            hooks.stream().map(hook -> name.nestedClass(hook.recordName())).toList())
        .addPermittedSubclass(unknown)
        .addMethod(MethodSpec.methodBuilder("type")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(String.class)
            .addJavadoc(
                "Returns the event's name, as the spec's {@code webhooks} section names it.\n\n"
                    + "@return e.g. {@code $L}\n",
                Sources.javadoc(hooks.get(0).eventName()))
            .build())
        .build());
    for (WebhookModel hook : hooks) {
      type.addType(eventRecord(name.nestedClass(hook.recordName()), event, hook, types));
    }
    type.addType(TypeSpec.recordBuilder(unknown)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(event)
        .addJavadoc(
            "An event the spec does not list; its raw body is kept.\n\n@param type the body's {@code type}, "
                + "or empty\n@param body the raw body\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(String.class, "type")
            .addParameter(String.class, "body")
            .build())
        .build());
    type.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S + (verifier != null) + $S", name.simpleName() + "{secretSet=", "}")
        .build());
    return type.build();
  }

  private static MethodSpec parseBytes(ClassName event) {
    return MethodSpec.methodBuilder("parse")
        .addModifiers(Modifier.PUBLIC)
        .returns(event)
        .addJavadoc(
            "Parses a delivery's bytes (UTF-8 JSON) <em>without verifying its signature</em>, like"
                + " {@link #parse(String)}.\n\n@param body the raw body\n@return the event\n"
                + "@throws dev.paygen.runtime.WebhookPayloadException if the body is not JSON or does not bind to"
                + " its event's type\n")
        .addParameter(BYTES, "body")
        .addStatement(
            "return parse(new String($T.requireNonNull(body, $S), $T.UTF_8))",
            RuntimeTypes.OBJECTS,
            "`body` is required, but was null",
            StandardCharsets.class)
        .build();
  }

  private static MethodSpec parse(
      ClassName event, ClassName unknown, List<WebhookModel> hooks, JacksonTypes jackson) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("parse")
        .addModifiers(Modifier.PUBLIC)
        .returns(event)
        .addJavadoc(
            "Parses a delivery <em>without verifying its signature</em>: only for bodies already verified,"
                + " or for tests.\n\n@param body the raw body\n@return the event\n"
                + "@throws dev.paygen.runtime.WebhookPayloadException if the body is not JSON or does not bind to"
                + " its event's type\n")
        .addParameter(String.class, "body")
        .addStatement(
            "$T.requireNonNull(body, $S)", RuntimeTypes.OBJECTS, "`body` is required, but was null")
        .addStatement("$T tree", jackson.jsonNode())
        .beginControlFlow("try")
        .addStatement("tree = mapper.readTree(body)")
        .nextControlFlow("catch ($T e)", jackson.readFailure())
        .addStatement(
            "throw new $T($S, $S + e.getOriginalMessage(), e)",
            RuntimeTypes.WEBHOOK_PAYLOAD_EXCEPTION,
            "",
            "webhook body is not JSON: ")
        .endControlFlow()
        .addStatement("String type = tree.path($S).$N($S)", "type", jackson.asText(), "")
        .beginControlFlow("try");
    if (hooks.size() == 1) {
      m.addStatement(
          "return new $T(mapper.convertValue(tree, $N))",
          event.peerClass(hooks.get(0).recordName()),
          hooks.get(0).constantName());
      return bindFailure(m, jackson).build();
    }
    m.beginControlFlow("switch (type)");
    for (WebhookModel hook : hooks) {
      m.addCode("case $S:\n", hook.eventName())
          .addStatement(
              "$>return new $T(mapper.convertValue(tree, $N))$<",
              event.peerClass(hook.recordName()),
              hook.constantName());
    }
    m.addCode("default:\n").addStatement("$>return new $T(type, body)$<", unknown);
    return bindFailure(m.endControlFlow(), jackson).build();
  }

  /** Closes parse's {@code try}: Jackson's binding failure becomes the runtime's typed exception. */
  private static MethodSpec.Builder bindFailure(MethodSpec.Builder m, JacksonTypes jackson) {
    return m.nextControlFlow("catch ($T e)", jackson.convertFailure())
        .addStatement(
            "throw new $T(type, $S + type + $S + e.getMessage(), e)",
            RuntimeTypes.WEBHOOK_PAYLOAD_EXCEPTION,
            "webhook body of type '",
            "' does not bind to its event: ")
        .endControlFlow();
  }

  private static MethodSpec unwrap(ClassName event, TypeName body, boolean withSecret) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("unwrap")
        .addModifiers(Modifier.PUBLIC)
        .returns(event)
        .addJavadoc(
            "Verifies the signature of a delivery$L, then parses it.\n\n"
                + "@param body the raw body, exactly as received\n"
                + "@param headers the request headers, names in any case, each value a {@code String} or a "
                + "{@code Collection} of them (a {@code Map<String, List<String>>}, Spring's {@code HttpHeaders}): "
                + "{@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}, or their "
                + "{@code svix-} names\n$L@return the event\n"
                + "@throws dev.paygen.runtime.WebhookVerificationException if a header is missing, the timestamp is "
                + "outside the tolerance or no signature matches\n"
                + "@throws dev.paygen.runtime.WebhookPayloadException if the verified body is not JSON or does not "
                + "bind to its event's type\n$L",
            withSecret ? " with {@code secret} rather than the client's secret" : "",
            withSecret ? "@param secret the endpoint's secret ({@code whsec_...})\n" : "",
            withSecret
                ? "@throws IllegalArgumentException if the secret is not {@code whsec_} and base64\n"
                : "@throws IllegalStateException if the client has no webhook secret\n")
        .addParameter(body, "body")
        .addParameter(HEADERS, "headers");
    if (withSecret) {
      m.addParameter(String.class, "secret");
    }
    m.addStatement(
        "$T.requireNonNull(body, $S)", RuntimeTypes.OBJECTS, "`body` is required, but was null");
    if (withSecret) {
      m.addStatement(
          "$T.requireNonNull(secret, $S)",
          RuntimeTypes.OBJECTS,
          "`secret` is required, but was null");
    }
    return m.addStatement(
            "$L.verify(body, headers)", withSecret ? "verifier(secret)" : "configured()")
        .addStatement("return parse(body)")
        .build();
  }

  private static TypeSpec eventRecord(
      ClassName record, ClassName event, WebhookModel hook, JavaTypes types) {
    String description = Sources.javadoc(hook.description());
    return TypeSpec.recordBuilder(record)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(event)
        .addJavadoc(
            "The {@code $L} event$L.\n\n@param payload the body\n",
            Sources.javadoc(hook.eventName()),
            description.isEmpty() ? "" : ": " + description)
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(types.of(hook.payload(), false), "payload")
            .build())
        .addField(FieldSpec.builder(
                String.class, "TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The event's name.\n")
            .initializer("$S", hook.eventName())
            .build())
        .addMethod(MethodSpec.methodBuilder("type")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return TYPE")
            .build())
        .build();
  }
}
