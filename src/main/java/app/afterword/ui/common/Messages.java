// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every sentence the app shows, from one file ({@code app/afterword/ui/messages.properties}), so wording is
 * reviewed in one place and can be translated later. Arguments use {@link MessageFormat} ({@code {0}}).
 */
public final class Messages {

    /** The bundle's base name. */
    public static final String BUNDLE = "app.afterword.ui.messages";

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    private final ResourceBundle bundle;
    private final Locale locale;

    /** The app's English messages. */
    public Messages() {
        this(ResourceBundle.getBundle(BUNDLE, Locale.ROOT), Locale.ENGLISH);
    }

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The message for {@code key}, with arguments filled in; a missing key shows the key itself. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing message {}", key);
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** True when the bundle has this key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
