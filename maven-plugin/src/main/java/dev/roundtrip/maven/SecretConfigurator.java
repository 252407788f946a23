package dev.roundtrip.maven;

import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.converters.basic.AbstractBasicConverter;

/**
 * Maven's basic configurator, also turning a string into a {@link Secret}. Without it Maven would
 * bind the string through a setter of the bean, and its debug listener ({@code -X}) prints every
 * value it hands to a setter: {@code (s) = <the password>}. A converter of the basic kind hands
 * nothing to the listener; the field itself is then printed with {@link Secret#toString()}.
 *
 * <p>Registered in {@code META-INF/plexus/components.xml} with the hint {@value #HINT}, which
 * {@link VerifyMojo} names.
 */
public class SecretConfigurator extends BasicComponentConfigurator {
  static final String HINT = "roundtrip";

  public SecretConfigurator() {
    converterLookup.registerConverter(new SecretConverter());
  }

  /** A string as a {@link Secret}. */
  static final class SecretConverter extends AbstractBasicConverter {
    @Override
    public boolean canConvert(Class<?> type) {
      return Secret.class.equals(type);
    }

    @Override
    protected Object fromString(String text) {
      return new Secret(text);
    }
  }
}
