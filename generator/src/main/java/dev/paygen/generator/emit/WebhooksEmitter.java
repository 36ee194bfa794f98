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
  private static final ClassName OBJECT_MAPPER =
      ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");

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
    type.addField(OBJECT_MAPPER, "mapper", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(RuntimeTypes.WEBHOOK_VERIFIER, "verifier", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addParameter(OBJECT_MAPPER, "mapper")
        .addParameter(String.class, "secret")
        .addStatement(
            "this(secret == null ? null : $T.create(secret), mapper)",
            RuntimeTypes.WEBHOOK_VERIFIER)
        .build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(RuntimeTypes.WEBHOOK_VERIFIER, "verifier")
        .addParameter(OBJECT_MAPPER, "mapper")
        .addStatement("this.mapper = mapper")
        .addStatement("this.verifier = verifier")
        .build());
    type.addMethod(MethodSpec.methodBuilder("withTolerance")
        .addModifiers(Modifier.PUBLIC)
        .returns(name)
        .addJavadoc(
            "A copy accepting signatures whose timestamp is this far from now, either way (default 5 minutes).\n\n"
                + "@param tolerance a non-negative duration\n@return the changed copy\n")
        .addParameter(Duration.class, "tolerance")
        .addStatement(
            "return new $T(verifier == null ? null : verifier.withTolerance(tolerance), mapper)",
            name)
        .build());
    type.addMethod(MethodSpec.methodBuilder("withClock")
        .addModifiers(Modifier.PUBLIC)
        .returns(name)
        .addJavadoc("A copy reading the current time from {@code clock}; a seam for tests.\n\n"
            + "@param clock the clock\n@return the changed copy\n")
        .addParameter(Clock.class, "clock")
        .addStatement(
            "return new $T(verifier == null ? null : verifier.withClock(clock), mapper)", name)
        .build());
    List<WebhookModel> hooks = model.webhooks();
    for (WebhookModel hook : hooks) {
      type.addField(FieldSpec.builder(
              RuntimeTypes.typeReference(types.of(hook.payload(), false)),
              hook.constantName(),
              Modifier.PRIVATE,
              Modifier.STATIC,
              Modifier.FINAL)
          .initializer("new $T<>() {}", Jackson.TYPE_REFERENCE)
          .build());
    }
    String secretEnv = model.env() == null ? null : model.env().webhookSecret();
    TypeName headers = ParameterizedTypeName.get(
        ClassName.get(Map.class),
        JavaTypes.STRING,
        ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.STRING));
    type.addMethod(MethodSpec.methodBuilder("unwrap")
        .addModifiers(Modifier.PUBLIC)
        .returns(event)
        .addJavadoc(
            "Verifies the signature of a delivery, then parses it.\n\n@param body the raw body, exactly as received\n"
                + "@param headers the request headers ({@code webhook-id}, {@code webhook-timestamp}, "
                + "{@code webhook-signature}, or their {@code svix-} names)\n@return the event\n"
                + "@throws dev.paygen.runtime.WebhookVerificationException if a header is missing, the timestamp is "
                + "outside the tolerance or no signature matches\n"
                + "@throws IllegalStateException if the client has no webhook secret\n")
        .addParameter(String.class, "body")
        .addParameter(headers, "headers")
        .beginControlFlow("if (verifier == null)")
        .addStatement(
            "throw new $T($S)",
            IllegalStateException.class,
            "no webhook secret: call webhookSecret(String) on the client builder"
                + (secretEnv == null ? "" : " or set " + secretEnv + " and use fromEnv()"))
        .endControlFlow()
        .addStatement(
            "verifier.verify($T.requireNonNull(body, $S), headers)",
            RuntimeTypes.OBJECTS,
            "`body` is required, but was null")
        .addStatement("return parse(body)")
        .build());
    type.addMethod(parse(event, unknown, hooks));
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

  private static MethodSpec parse(ClassName event, ClassName unknown, List<WebhookModel> hooks) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("parse")
        .addModifiers(Modifier.PUBLIC)
        .returns(event)
        .addJavadoc(
            "Parses a delivery <em>without verifying its signature</em>: only for bodies already verified,"
                + " or for tests.\n\n@param body the raw body\n@return the event\n"
                + "@throws IllegalArgumentException if the body is not JSON or does not match the event's type\n")
        .addParameter(String.class, "body")
        .addStatement(
            "$T.requireNonNull(body, $S)", RuntimeTypes.OBJECTS, "`body` is required, but was null")
        .addStatement("$T tree", Jackson.JSON_NODE)
        .beginControlFlow("try")
        .addStatement("tree = mapper.readTree(body)")
        .nextControlFlow("catch ($T e)", Jackson.JSON_PROCESSING_EXCEPTION)
        .addStatement(
            "throw new $T($S + e.getOriginalMessage(), e)",
            IllegalArgumentException.class,
            "webhook body is not JSON: ")
        .endControlFlow()
        .addStatement("String type = tree.path($S).asText($S)", "type", "");
    if (hooks.size() == 1) {
      m.addStatement(
          "return new $T(mapper.convertValue(tree, $N))",
          event.peerClass(hooks.get(0).recordName()),
          hooks.get(0).constantName());
      return m.build();
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
    return m.endControlFlow().build();
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
