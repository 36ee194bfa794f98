package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.ServerModel;
import dev.paygen.generator.model.ServiceModel;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <ClientName>Client}: the entry point holding one runtime {@code ApiClient}, an
 * accessor per service, {@code webhooks()}, the {@code Environment} enum and the builder.
 */
final class ClientClassEmitter {
  private ClientClassEmitter() {}

  static TypeSpec emit(ApiModel model, ClassName webhooks, JacksonTypes jackson) {
    ClassName name = ClassName.get(model.basePackage(), model.clientName() + "Client");
    ClassName builder = name.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Sources.GENERATED)
        .addJavadoc(javadoc(model, name));
    type.addField(RuntimeTypes.API_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(RuntimeTypes.API_CLIENT, "client")
        .addStatement("this.client = client");
    for (ServiceModel service : model.services()) {
      ClassName iface = ServiceEmitter.interfaceName(model.servicePackage(), service);
      type.addField(iface, service.accessor(), Modifier.PRIVATE, Modifier.FINAL);
      ctor.addStatement(
          "this.$N = new $T(client)",
          service.accessor(),
          iface.peerClass(iface.simpleName() + "Impl"));
    }
    if (webhooks != null) {
      type.addField(webhooks, model.webhooksAccessor(), Modifier.PRIVATE, Modifier.FINAL);
      ctor.addParameter(Sources.nullable(JavaTypes.STRING), "webhookSecret")
          .addStatement(
              "this.$N = new $T(client.mapper(), webhookSecret)",
              model.webhooksAccessor(),
              webhooks);
    }
    type.addMethod(ctor.build());
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addJavadoc(
            "Starts a builder$L.\n\n@return a new builder\n",
            model.servers().isEmpty()
                ? ""
                : "; the environment defaults to {@link Environment#"
                    + model.servers().get(0).constantName() + "}")
        .addStatement("return new $T()", builder)
        .build());
    if (ClientBuilderEmitter.hasEnv(model)) {
      type.addMethod(MethodSpec.methodBuilder("fromEnv")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(name)
          .addJavadoc(
              "Creates a client configured from environment variables ($L).\n\n@return the client\n"
                  + "@throws IllegalStateException if a credential variable is not set\n",
              String.join(", ", ClientBuilderEmitter.envNames(model)))
          .addStatement("return builder().fromEnv().build()")
          .build());
    }
    for (ServiceModel service : model.services()) {
      ClassName iface = ServiceEmitter.interfaceName(model.servicePackage(), service);
      String doc = Sources.javadoc(service.description());
      type.addMethod(MethodSpec.methodBuilder(service.accessor())
          .addModifiers(Modifier.PUBLIC)
          .returns(iface)
          .addJavadoc(
              "Returns the $L operations$L.\n\n@return the service, shared by every caller\n",
              service.name(),
              doc.isEmpty() ? "" : ": " + doc)
          .addStatement("return $N", service.accessor())
          .build());
    }
    if (webhooks != null) {
      type.addMethod(MethodSpec.methodBuilder(model.webhooksAccessor())
          .addModifiers(Modifier.PUBLIC)
          .returns(webhooks)
          .addJavadoc("Returns the webhook verifier and parser.\n\n@return the webhooks\n")
          .addStatement("return $N", model.webhooksAccessor())
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement(
            "return $S + client.options().baseUrl() + $S", name.simpleName() + "{baseUrl=", "}")
        .build());
    if (!model.servers().isEmpty()) {
      type.addType(environment(model));
    }
    type.addType(ClientBuilderEmitter.emit(model, name, builder, webhooks != null, jackson));
    return type.build();
  }

  private static CodeBlock javadoc(ApiModel model, ClassName name) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add(
            "The $L client: one entry point per API area, thread-safe, meant to be shared.\n\n",
            Sources.javadoc(model.title().isBlank() ? model.clientName() : model.title()));
    doc.add("<pre>{@code\n");
    doc.add("$L client = $L.builder()\n", name.simpleName(), name.simpleName());
    CredentialSetters.of(model.securitySchemes()).stream()
        .findFirst()
        .ifPresent(s -> doc.add(
            "    .$L($L)\n",
            s.method(),
            s.basic() ? "\"username\", \"password\"" : "System.getenv(\"" + envOr(s) + "\")"));
    if (!model.servers().isEmpty()) {
      doc.add(
          "    .environment($L.Environment.$L)\n",
          name.simpleName(),
          model.servers().get(0).constantName());
    } else {
      doc.add("    .baseUrl(\"https://api.example.com\")\n");
    }
    doc.add("    .build();\n");
    if (!model.services().isEmpty() && !model.services().get(0).operations().isEmpty()) {
      ServiceModel first = model.services().get(0);
      doc.add(
          "client.$L().$L(...);\n", first.accessor(), first.operations().get(0).methodName());
    }
    doc.add("}</pre>\n");
    // Every client the loader models has fromEnv(); say which variables it reads where users look
    // first.
    if (ClientBuilderEmitter.hasEnv(model)) {
      doc.add(
          "\n<p>Or {@code $L.fromEnv()}, which reads {@code $L}.\n",
          name.simpleName(),
          String.join(
              "}, {@code ",
              ClientBuilderEmitter.envNames(model).stream()
                  .map(Sources::javadoc)
                  .toList()));
    }
    return doc.build();
  }

  private static String envOr(CredentialSetters.Setter setter) {
    return setter.scheme().envVariables().isEmpty()
        ? "API_KEY"
        : setter.scheme().envVariables().get(0);
  }

  private static TypeSpec environment(ApiModel model) {
    TypeSpec.Builder e = TypeSpec.enumBuilder("Environment")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The API's servers; the first is the default.\n");
    for (ServerModel server : model.servers()) {
      String description = Sources.javadoc(server.description());
      e.addEnumConstant(
          server.constantName(),
          TypeSpec.anonymousClassBuilder("$S", server.url())
              .addJavadoc(
                  "$L{@code $L}.\n",
                  description.isEmpty() ? "" : description + ": ",
                  Sources.javadoc(server.url()))
              .build());
    }
    e.addField(FieldSpec.builder(String.class, "baseUrl", Modifier.PRIVATE, Modifier.FINAL)
        .build());
    e.addMethod(MethodSpec.constructorBuilder()
        .addParameter(String.class, "baseUrl")
        .addStatement("this.baseUrl = baseUrl")
        .build());
    e.addMethod(MethodSpec.methodBuilder("baseUrl")
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("Returns the server's base URL.\n\n@return the URL\n")
        .addStatement("return baseUrl")
        .build());
    return e.build();
  }
}
