package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paygen.generator.emit.CredentialSetters.Setter;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.SecuritySchemeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * Emits the client's {@code Builder}: credentials per security scheme, environment or base URL,
 * transport settings, {@code fromEnv()}, and a {@code toString()} that names credentials without
 * showing them.
 */
final class ClientBuilderEmitter {
  private static final TypeName ENV =
      ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), JavaTypes.STRING);

  private ClientBuilderEmitter() {}

  static boolean hasEnv(ApiModel model) {
    return !envNames(model).isEmpty();
  }

  static List<String> envNames(ApiModel model) {
    List<String> names = new ArrayList<>();
    model.securitySchemes().forEach(s -> names.addAll(s.envVariables()));
    if (model.env() != null && model.env().baseUrl() != null) {
      names.add(model.env().baseUrl());
    }
    if (model.env() != null
        && model.env().webhookSecret() != null
        && !model.webhooks().isEmpty()) {
      names.add(model.env().webhookSecret());
    }
    return names;
  }

  static TypeSpec emit(
      ApiModel model, ClassName client, ClassName builder, boolean webhooks, JacksonTypes jackson) {
    List<Setter> setters = CredentialSetters.of(model.securitySchemes());
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "Builds a {@link $T}; not thread-safe, {@code toString()} never shows credentials.\n",
            client);
    b.addField(FieldSpec.builder(
            RuntimeTypes.CLIENT_OPTIONS.nestedClass("Builder"),
            "options",
            Modifier.PRIVATE,
            Modifier.FINAL)
        .initializer("$T.builder()", RuntimeTypes.CLIENT_OPTIONS)
        .build());
    // Null until set, when the API names no servers (build() then names what to call).
    FieldSpec.Builder baseUrl = FieldSpec.builder(
        Sources.nullableIf(model.servers().isEmpty(), JavaTypes.STRING),
        "baseUrl",
        Modifier.PRIVATE);
    if (!model.servers().isEmpty()) {
      baseUrl.initializer("Environment.$L.baseUrl()", model.servers().get(0).constantName());
    }
    b.addField(baseUrl.build());
    for (Setter s : setters) {
      s.fields().forEach(f -> b.addField(Sources.nullable(JavaTypes.STRING), f, Modifier.PRIVATE));
    }
    if (webhooks) {
      b.addField(Sources.nullable(JavaTypes.STRING), "webhookSecret", Modifier.PRIVATE);
    }
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Setter s : setters) {
      b.addMethod(credential(s, builder));
    }
    if (!model.servers().isEmpty()) {
      b.addMethod(setter(
          builder,
          "environment",
          ClassName.get("", "Environment"),
          "environment",
          "Selects one of the API's servers.",
          "the environment",
          CodeBlock.of(
              "this.baseUrl = $T.requireNonNull(environment, $S).baseUrl()",
              RuntimeTypes.OBJECTS,
              "`environment` is required, but was null")));
    }
    b.addMethod(setter(
        builder,
        "baseUrl",
        JavaTypes.STRING,
        "baseUrl",
        "Sets the base URL, instead of an environment (a proxy, a mock server).",
        "the URL, e.g. {@code https://api.example.com}",
        CodeBlock.of(
            "this.baseUrl = $T.requireNonNull(baseUrl, $S)",
            RuntimeTypes.OBJECTS,
            "`baseUrl` is required, but was null")));
    b.addMethod(delegate(
        builder,
        "timeout",
        RuntimeTypes.DURATION,
        "Sets the timeout of each attempt (default 60 s).",
        "the timeout"));
    b.addMethod(delegate(
        builder,
        "maxRetries",
        TypeName.INT,
        "Sets how often a failed call is retried (default 2).",
        "the number of retries, 0 for none"));
    b.addMethod(delegate(
        builder,
        "retryPolicy",
        RuntimeTypes.RETRY_POLICY,
        "Sets which failed calls are retried and the waits between attempts (default {@code RetryPolicy.defaults()}).",
        "the policy; a count set with {@code maxRetries(int)} still wins"));
    b.addMethod(delegate(
        builder,
        "httpClient",
        RuntimeTypes.HTTP_CLIENT,
        "Sets the JDK HTTP client to send requests with (default: a shared one).",
        "the client"));
    b.addMethod(delegate(
        builder,
        "jsonMapper",
        jackson.objectMapper(),
        "Sets the application's Jackson mapper (e.g. Spring Boot's), so that its modules and settings"
            + " apply to this API's JSON; the client uses a copy with the settings it needs (lenient"
            + " reading, exact decimals, ISO dates, absent values not sent). Default: the runtime's own"
            + " ({@code ObjectMappers.create()}).",
        "the mapper, which is not changed"));
    b.addMethod(delegate(
        builder,
        "idempotencyHeader",
        JavaTypes.STRING,
        "Sets the header carrying the idempotency key of non-GET requests (default {@code Idempotency-Key}).",
        "the header name, or null to send none"));
    b.addMethod(delegate(
        builder,
        "strictResponses",
        TypeName.BOOLEAN,
        "Sets whether a response that breaks its schema (a required value missing, a value of the"
            + " wrong type) fails the call with {@code InvalidResponseException} listing every JSON"
            + " path (default false: read leniently, {@code validate()} names what is wrong).",
        "whether responses are checked"));
    b.addMethod(MethodSpec.methodBuilder("header")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addJavadoc("Adds a header sent with every request.\n\n@param name the header name\n"
            + "@param value the value\n@return this builder\n")
        .addParameter(String.class, "name")
        .addParameter(String.class, "value")
        .addStatement("options.header(name, value)")
        .addStatement("return this")
        .build());
    b.addMethod(delegate(
        builder,
        "sleeper",
        RuntimeTypes.SLEEPER,
        "Sets how the client waits between retries; a seam for tests that must not wait.",
        "the sleeper"));
    if (webhooks) {
      b.addMethod(setter(
          builder,
          "webhookSecret",
          JavaTypes.STRING,
          "secret",
          "Sets the secret that {@code " + model.webhooksAccessor()
              + "().unwrap(..)} verifies signatures with.",
          "the secret as the dashboard shows it ({@code whsec_...})",
          CodeBlock.of(
              "this.webhookSecret = $T.requireNonNull(secret, $S)",
              RuntimeTypes.OBJECTS,
              "`secret` is required, but was null")));
    }
    if (hasEnv(model)) {
      b.addMethod(MethodSpec.methodBuilder("fromEnv")
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addJavadoc(
              "Reads the settings the API names environment variables for ($L).\n\n@return this builder\n"
                  + "@throws IllegalStateException if a credential variable is not set\n",
              String.join(", ", envNames(model)))
          .addStatement("return fromEnv(System::getenv)")
          .build());
      b.addMethod(ClientEnvEmitter.fromEnv(model, builder, setters, webhooks, ENV));
    }
    b.addMethod(build(model, client, setters, webhooks));
    b.addMethod(toStringMethod(client, setters));
    return b.build();
  }

  private static MethodSpec credential(Setter s, ClassName builder) {
    SecuritySchemeModel scheme = s.scheme();
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(s.method()).addModifiers(Modifier.PUBLIC).returns(builder);
    String env = scheme.envVariables().isEmpty()
        ? ""
        : " ({@code " + Sources.javadoc(String.join("}, {@code ", scheme.envVariables()))
            + "} for {@code fromEnv()})";
    if (s.basic()) {
      m.addJavadoc(
              "Sets the HTTP Basic credentials of scheme {@code $L}$L.\n\n@param username the user name\n"
                  + "@param password the password\n@return this builder\n",
              Sources.javadoc(scheme.name()),
              env)
          .addParameter(String.class, "username")
          .addParameter(String.class, "password")
          .addStatement(
              "this.$N = $T.requireNonNull(username, $S)",
              s.fields().get(0),
              RuntimeTypes.OBJECTS,
              "`username` is required, but was null")
          .addStatement(
              "this.$N = $T.requireNonNull(password, $S)",
              s.fields().get(1),
              RuntimeTypes.OBJECTS,
              "`password` is required, but was null");
    } else {
      String what = scheme.kind() == SecuritySchemeModel.Kind.BEARER
          ? "bearer token"
          : "API key, sent as "
              + switch (scheme.kind()) {
                case API_KEY_QUERY -> "query parameter";
                case API_KEY_COOKIE -> "cookie";
                default -> "header";
              }
              + " {@code " + Sources.javadoc(scheme.parameterName()) + "}";
      m.addJavadoc(
              "Sets the $L of scheme {@code $L}$L.\n\n@param $L the credential\n@return this builder\n",
              what,
              Sources.javadoc(scheme.name()),
              env,
              s.method())
          .addParameter(String.class, s.method())
          .addStatement(
              "this.$N = $T.requireNonNull($N, $S)",
              s.method(),
              RuntimeTypes.OBJECTS,
              s.method(),
              "`" + s.method() + "` is required, but was null");
    }
    return m.addStatement("return this").build();
  }

  private static MethodSpec setter(
      ClassName builder,
      String name,
      TypeName type,
      String param,
      String doc,
      String paramDoc,
      CodeBlock statement) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addJavadoc("$L\n\n@param $L $L\n@return this builder\n", doc, param, paramDoc)
        .addParameter(type, param)
        .addStatement(statement)
        .addStatement("return this")
        .build();
  }

  private static MethodSpec delegate(
      ClassName builder, String name, TypeName type, String doc, String paramDoc) {
    return setter(
        builder, name, type, name, doc, paramDoc, CodeBlock.of("options.$N($N)", name, name));
  }

  private static MethodSpec build(
      ApiModel model, ClassName client, List<Setter> setters, boolean webhooks) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(client)
        .addJavadoc("Builds the client.\n\n@return the client\n"
            + "@throws IllegalStateException if no base URL or no credential was set\n")
        .beginControlFlow("if (baseUrl == null)")
        .addStatement(
            "throw new $T($S)",
            IllegalStateException.class,
            "`baseUrl` is required, but was not set: this API names no servers, call baseUrl(String)")
        .endControlFlow()
        .addStatement(
            "$T.Builder resolved = options.baseUrl(baseUrl).build().toBuilder()",
            RuntimeTypes.CLIENT_OPTIONS);
    List<String> missing = new ArrayList<>();
    for (Setter s : setters) {
      SecuritySchemeModel scheme = s.scheme();
      // every field (Basic's user name and password are set together, but NullAway sees each)
      m.beginControlFlow(
          "if ($L)",
          String.join(" && ", s.fields().stream().map(f -> f + " != null").toList()));
      // registered under the scheme's name: each request sends only what its security names
      CodeBlock auth = switch (scheme.kind()) {
        case BEARER -> CodeBlock.of("$T.bearer($N)", RuntimeTypes.AUTH, s.method());
        case BASIC ->
          CodeBlock.of(
              "$T.basic($N, $N)",
              RuntimeTypes.AUTH,
              s.fields().get(0),
              s.fields().get(1));
        case API_KEY_HEADER, API_KEY_QUERY, API_KEY_COOKIE ->
          CodeBlock.of(
              "$T.$L($S, $N)",
              RuntimeTypes.AUTH,
              switch (scheme.kind()) {
                case API_KEY_QUERY -> "apiKeyQuery";
                case API_KEY_COOKIE -> "apiKeyCookie";
                default -> "apiKeyHeader";
              },
              scheme.parameterName(),
              s.method());
      };
      m.addStatement("resolved.auth($S, $L)", scheme.name(), auth);
      m.endControlFlow();
      missing.add(s.method() + (s.basic() ? "(String, String)" : "(String)"));
    }
    if (!setters.isEmpty()) {
      String condition = String.join(
          " && ", setters.stream().map(s -> s.fields().get(0) + " == null").toList());
      m.beginControlFlow("if ($L)", condition)
          .addStatement(
              "throw new $T($S)",
              IllegalStateException.class,
              "no credentials were set: call " + String.join(" or ", missing)
                  + (hasEnv(model) ? ", or use fromEnv()" : ""))
          .endControlFlow();
    }
    return m.addStatement(
            webhooks
                ? "return new $T(new $T(resolved.build()), webhookSecret)"
                : "return new $T(new $T(resolved.build()))",
            client,
            RuntimeTypes.API_CLIENT)
        .build();
  }

  private static MethodSpec toStringMethod(ClassName client, List<Setter> setters) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("$T<String> credentials = new $T<>()", List.class, ArrayList.class);
    for (Setter s : setters) {
      m.beginControlFlow("if ($N != null)", s.fields().get(0))
          .addStatement("credentials.add($S)", s.scheme().name())
          .endControlFlow();
    }
    return m.addStatement(
            "return $S + baseUrl + $S + credentials + $S",
            client.simpleName() + ".Builder{baseUrl=",
            ", credentials=",
            "}")
        .build();
  }
}
