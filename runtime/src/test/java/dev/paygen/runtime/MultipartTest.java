package dev.paygen.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code multipart/form-data} bodies (PayPal's dispute evidence, uploads): parts, files and order. */
class MultipartTest extends WireMockTestBase {
  /** A record as the generator writes it for a multipart request body. */
  @SuppressWarnings(
      "ArrayRecordComponent") // binary parts are byte[] components in generated records
  record Evidence(
      @JsonProperty("evidence_file") byte[] evidenceFile,
      @JsonProperty("note") String note,
      @JsonProperty("status") Models.IntentStatus status,
      @JsonProperty("tags") List<String> tags,
      @JsonProperty("meta") Map<String, Object> meta,
      @JsonProperty("absent") String absent) {}

  @Test
  void recordBodyIsSentAsPartsNamedByWireNameWithFilesTextAndJson() {
    wm.stubFor(post("/disputes/d_1/evidence").willReturn(aResponse().withStatus(204)));
    byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff};
    Evidence evidence = new Evidence(
        pdf,
        "see attached",
        Models.IntentStatus.REQUIRES_CAPTURE,
        List.of("a", "b"),
        Map.of("k", 1),
        null);

    client()
        .execute(
            ApiRequest.builder("POST", "/disputes/{id}/evidence")
                .pathParam("id", "d_1")
                .multipartBody(evidence)
                .build(),
            null,
            RequestOptions.none());

    LoggedRequest sent =
        wm.findAll(postRequestedFor(urlEqualTo("/disputes/d_1/evidence"))).get(0);
    String type = sent.getHeader("Content-Type");
    assertThat(type).startsWith("multipart/form-data; boundary=paygen-");
    String boundary = type.substring(type.indexOf("boundary=") + 9);
    String expected = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"evidence_file\"; filename=\"evidence_file\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n"
        + new String(pdf, StandardCharsets.ISO_8859_1) + "\r\n"
        + "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nsee attached\r\n"
        + "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\nrequires_capture\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\na\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\nb\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n"
        + "Content-Type: application/json\r\n\r\n{\"k\":1}\r\n"
        + "--" + boundary + "--\r\n";
    assertThat(new String(sent.getBody(), StandardCharsets.ISO_8859_1)).isEqualTo(expected);
    assertThat(sent.getHeader("Idempotency-Key")).matches("[0-9a-f-]{36}");
  }

  @Test
  void mapBodyKeepsItsOrderAndSkipsNulls() {
    wm.stubFor(post("/upload").willReturn(aResponse().withStatus(204)));
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("z", "last-declared-first");
    parts.put("skipped", null);
    parts.put("a", 7);

    client()
        .execute(
            ApiRequest.builder("POST", "/upload").multipartBody(parts).build(),
            null,
            RequestOptions.none());

    String body = wm.findAll(postRequestedFor(urlEqualTo("/upload"))).get(0).getBodyAsString();
    assertThat(body)
        .contains("name=\"z\"\r\n\r\nlast-declared-first\r\n")
        .contains("name=\"a\"\r\n\r\n7\r\n")
        .doesNotContain("skipped");
    assertThat(body.indexOf("name=\"z\"")).isLessThan(body.indexOf("name=\"a\""));
  }

  /** The shape of a generated open enum: a class whose {@code @JsonValue} is the wire value. */
  static final class OpenStatus {
    private final String value;

    OpenStatus(String value) {
      this.value = value;
    }

    @JsonValue
    public String value() {
      return value;
    }
  }

  @Test
  void anOpenEnumIsSentAsATextPartOfItsWireValue() {
    wm.stubFor(post("/upload").willReturn(aResponse().withStatus(204)));
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("status", new OpenStatus("requires_3ds_challenge"));

    client()
        .execute(
            ApiRequest.builder("POST", "/upload").multipartBody(parts).build(),
            null,
            RequestOptions.none());

    String body = wm.findAll(postRequestedFor(urlEqualTo("/upload"))).get(0).getBodyAsString();
    assertThat(body)
        .contains("name=\"status\"\r\n\r\nrequires_3ds_challenge\r\n")
        .doesNotContain("application/json");
  }

  @Test
  void aBodyThatIsNeitherMapNorRecordIsRejectedWhenBuilt() {
    assertThatThrownBy(() -> ApiRequest.builder("POST", "/upload").multipartBody("text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a multipart body must be a Map or a record, not java.lang.String");
  }
}
