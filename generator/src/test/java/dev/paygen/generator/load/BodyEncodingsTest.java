package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.model.BodyEncoding;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.model.TypeRef;
import dev.paygen.generator.model.TypeRef.ScalarKind;
import org.junit.jupiter.api.Test;

/** A request body's encoding is decided once, from its media type and the Java type read for it. */
class BodyEncodingsTest {
  private static final TypeRef RECORD = new TypeRef.Named(TypeName.of("Upload"));
  private static final TypeRef MAP = new TypeRef.MapOf(new TypeRef.Any(), true);
  private static final TypeRef BINARY = TypeRef.scalar(ScalarKind.BINARY);
  private static final TypeRef STRING = TypeRef.scalar(ScalarKind.STRING);

  @Test
  void formsAreFormEncodedWhateverTheirSchema() {
    assertThat(BodyEncodings.of("application/x-www-form-urlencoded", RECORD))
        .isEqualTo(BodyEncoding.FORM_URLENCODED);
    assertThat(BodyEncodings.of("Application/X-WWW-Form-Urlencoded; charset=utf-8", MAP))
        .isEqualTo(BodyEncoding.FORM_URLENCODED);
  }

  @Test
  void multipartWithNamedValuesIsSentAsPartsAndWithBytesAsARawBody() {
    assertThat(BodyEncodings.of("multipart/form-data", RECORD)).isEqualTo(BodyEncoding.MULTIPART);
    assertThat(BodyEncodings.of("multipart/mixed", MAP)).isEqualTo(BodyEncoding.MULTIPART);
    assertThat(BodyEncodings.of("multipart/form-data", BINARY)).isEqualTo(BodyEncoding.BINARY);
  }

  @Test
  void bytesAreRawStringsOutsideJsonAreTextAndTheRestIsJson() {
    assertThat(BodyEncodings.of("application/octet-stream", BINARY)).isEqualTo(BodyEncoding.BINARY);
    assertThat(BodyEncodings.of("image/png", TypeRef.scalar(ScalarKind.BYTES)))
        .isEqualTo(BodyEncoding.BINARY);
    assertThat(BodyEncodings.of("text/plain", STRING)).isEqualTo(BodyEncoding.TEXT);
    assertThat(BodyEncodings.of("application/json", STRING)).isEqualTo(BodyEncoding.JSON);
    assertThat(BodyEncodings.of("application/merge-patch+json", RECORD))
        .isEqualTo(BodyEncoding.JSON);
    assertThat(BodyEncodings.of(null, RECORD)).isEqualTo(BodyEncoding.JSON);
  }
}
