package dev.paygen.runtime;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Jackson settings every generated record carries, whatever {@code ObjectMapper} reads it:
 * unknown properties are ignored (APIs add fields), and components left {@code null} are not
 * written (absent optional fields are not sent). A component marked
 * {@code @JsonInclude(JsonInclude.Include.ALWAYS)} (required but nullable) is written even when null.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JacksonAnnotationsInside
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public @interface JsonRecord {}
