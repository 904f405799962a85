package org.bandwise.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.bandwise.config.Setting;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key that signs session tokens. Production gives it by configuration ({@code
 * BANDWISE_SIGNING_KEY} as PEM, or {@code BANDWISE_SIGNING_KEY_FILE}) so every instance shares it;
 * otherwise it is generated on first start and kept in the data folder, readable by its owner only.
 * It is never part of the source tree.
 */
@ApplicationScoped
public class SigningKeys {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
  static final String KEY_FILE_NAME = "signing-key.pem";

  @Inject
  @ConfigProperty(name = Setting.SIGNING_KEY_PROPERTY)
  Optional<String> configuredPem;

  @Inject
  @ConfigProperty(name = Setting.SIGNING_KEY_FILE_PROPERTY)
  Optional<String> configuredFile;

  @Inject
  @ConfigProperty(name = Setting.DATA_DIR_PROPERTY, defaultValue = Setting.DATA_DIR_DEFAULT)
  String dataDir;

  private RSAKey key;

  @PostConstruct
  void load() {
    try {
      if (configuredPem.filter(s -> !s.isBlank()).isPresent()) {
        key = fromPem(configuredPem.get());
      } else if (configuredFile.filter(s -> !s.isBlank()).isPresent()) {
        key = fromPem(Files.readString(Path.of(configuredFile.get())));
      } else {
        key = fromDataFolder(Path.of(dataDir).resolve(KEY_FILE_NAME));
      }
    } catch (IOException | GeneralSecurityException | JOSEException e) {
      throw new IllegalStateException(
          "The session signing key could not be loaded: " + e.getMessage(), e);
    }
  }

  public RSAKey key() {
    return key;
  }

  private static RSAKey fromDataFolder(Path file)
      throws IOException, GeneralSecurityException, JOSEException {
    if (Files.exists(file)) {
      return fromPem(Files.readString(file));
    }
    RSAKey generated = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), "signing-key", ".tmp");
    try {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      LOG.warning("Cannot restrict the signing key file's permissions on this file system");
    }
    Files.writeString(temp, toPem(generated), StandardCharsets.US_ASCII);
    Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    LOG.info("Generated a new session signing key in " + file);
    return generated;
  }

  static RSAKey fromPem(String pem) throws GeneralSecurityException, JOSEException {
    String base64 =
        pem.replaceAll("-----BEGIN [A-Z ]+-----", "")
            .replaceAll("-----END [A-Z ]+-----", "")
            .replaceAll("\\s", "");
    if (pem.contains("BEGIN RSA PRIVATE KEY")) {
      throw new GeneralSecurityException(
          "give the key in PKCS#8 form (BEGIN PRIVATE KEY), e.g. from openssl genpkey");
    }
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    RSAPrivateCrtKey privateKey =
        (RSAPrivateCrtKey)
            rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    if (privateKey.getModulus().bitLength() < 2048) {
      throw new GeneralSecurityException("the signing key must have at least 2048 bits");
    }
    RSAPublicKey publicKey =
        (RSAPublicKey)
            rsa.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
    return new RSAKey.Builder(publicKey).privateKey(privateKey).keyIDFromThumbprint().build();
  }

  static String toPem(RSAKey key) throws JOSEException {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(key.toPrivateKey().getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
  }
}
