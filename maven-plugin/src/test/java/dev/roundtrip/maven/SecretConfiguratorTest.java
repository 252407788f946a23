package dev.roundtrip.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.plexus.classworlds.ClassWorld;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.codehaus.plexus.component.configurator.ConfigurationListener;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.configuration.DefaultPlexusConfiguration;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.junit.jupiter.api.Test;

/**
 * How Maven binds {@code <serverPassword>}: through {@link SecretConfigurator}, whose every report
 * to Maven's configuration listener (what {@code -X} prints) leaves the password out.
 */
class SecretConfiguratorTest {
  private static final String PASSWORD = "pw-7f3a-from-the-pom";

  /** Records what Maven's debug listener would print, in its own form. */
  private final List<String> printed = new ArrayList<>();

  private final ConfigurationListener listener =
      new ConfigurationListener() {
        @Override
        public void notifyFieldChangeUsingSetter(String field, Object value, Object target) {
          printed.add("(s) " + field + " = " + value);
        }

        @Override
        public void notifyFieldChangeUsingReflection(String field, Object value, Object target) {
          printed.add("(f) " + field + " = " + value);
        }
      };

  /** Replaces {@code ${roundtrip.serverPassword}} as Maven does with {@code -D}. */
  private static ExpressionEvaluator properties(String password) {
    return new ExpressionEvaluator() {
      @Override
      public Object evaluate(String expression) {
        return "${roundtrip.serverPassword}".equals(expression) ? password : expression;
      }

      @Override
      public File alignToBaseDirectory(File file) {
        return file;
      }
    };
  }

  private VerifyMojo configure(String text, ExpressionEvaluator evaluator) throws Exception {
    PlexusConfiguration configuration = new DefaultPlexusConfiguration("configuration");
    configuration.addChild("serverPassword", text);
    configuration.addChild("serverUser", "admin");
    VerifyMojo mojo = new VerifyMojo();
    ClassRealm realm = new ClassWorld("test", getClass().getClassLoader()).getClassRealm("test");
    new SecretConfigurator().configureComponent(mojo, configuration, evaluator, realm, listener);
    return mojo;
  }

  @Test
  void aPasswordFromThePomIsBoundButNeverPrinted() throws Exception {
    VerifyMojo mojo = configure(PASSWORD, properties(null));

    assertThat(mojo.serverPassword.value()).isEqualTo(PASSWORD);
    assertThat(mojo.serverUser).isEqualTo("admin");
    assertThat(printed).contains("(f) serverPassword = ******", "(f) serverUser = admin");
    assertThat(printed).noneMatch(line -> line.contains(PASSWORD));
  }

  @Test
  void aPasswordFromAPropertyIsBoundButNeverPrinted() throws Exception {
    VerifyMojo mojo = configure("${roundtrip.serverPassword}", properties(PASSWORD));

    assertThat(mojo.serverPassword.value()).isEqualTo(PASSWORD);
    assertThat(printed).contains("(f) serverPassword = ******");
    assertThat(printed).noneMatch(line -> line.contains(PASSWORD));
  }
}
