package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.paygen.generator.emit.CredentialSetters.Setter;
import dev.paygen.generator.model.ApiModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits the builder's {@code fromEnv(UnaryOperator<String>)}: reads each variable the spec names,
 * and fails naming the missing credential variables, never showing a value.
 */
final class ClientEnvEmitter {
  private ClientEnvEmitter() {}

  static MethodSpec fromEnv(
      ApiModel model, ClassName builder, List<Setter> setters, boolean webhooks, TypeName env) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("fromEnv")
        .returns(builder)
        .addJavadoc(
            "Reads the settings from {@code env}, a seam for tests ({@code System::getenv} in production).\n\n"
                + "@param env looks up an environment variable, null when unset\n@return this builder\n")
        .addParameter(env, "env")
        .addStatement("$T<String> missing = new $T<>()", List.class, ArrayList.class);
    int n = 0;
    boolean anyVariables = false;
    List<String> credentialFields = new ArrayList<>();
    for (Setter s : setters) {
      List<String> vars = s.scheme().envVariables();
      credentialFields.add(s.fields().get(0));
      if (vars.isEmpty() || (s.basic() && vars.size() < 2)) {
        continue;
      }
      anyVariables = true;
      List<String> locals = new ArrayList<>();
      for (String var : vars.subList(0, s.basic() ? 2 : 1)) {
        String local = "value" + n++;
        locals.add(local);
        m.addStatement("String $N = env.apply($S)", local, var)
            .beginControlFlow("if ($N == null || $N.isBlank())", local, local)
            .addStatement("missing.add($S)", var)
            .endControlFlow();
      }
      String present = String.join(
          " && ",
          locals.stream().map(l -> l + " != null && !" + l + ".isBlank()").toList());
      m.beginControlFlow("if ($L)", present)
          .addStatement("$N($L)", s.method(), String.join(", ", locals))
          .endControlFlow();
    }
    if (model.env() != null && model.env().baseUrl() != null) {
      String local = "value" + n++;
      m.addStatement("String $N = env.apply($S)", local, model.env().baseUrl())
          .beginControlFlow("if ($N != null && !$N.isBlank())", local, local)
          .addStatement("baseUrl($N.strip())", local)
          .endControlFlow();
    }
    if (webhooks && model.env() != null && model.env().webhookSecret() != null) {
      String local = "value" + n++;
      m.addStatement("String $N = env.apply($S)", local, model.env().webhookSecret())
          .beginControlFlow("if ($N != null && !$N.isBlank())", local, local)
          .addStatement("webhookSecret($N.strip())", local)
          .endControlFlow();
    }
    if (anyVariables) {
      String none =
          String.join(" && ", credentialFields.stream().map(f -> f + " == null").toList());
      m.beginControlFlow("if ($L)", none)
          .addStatement(
              "throw new $T($S + $T.join($S, missing))",
              IllegalStateException.class,
              "environment variable not set: ",
              String.class,
              ", ")
          .endControlFlow();
    }
    return m.addStatement("return this").build();
  }
}
