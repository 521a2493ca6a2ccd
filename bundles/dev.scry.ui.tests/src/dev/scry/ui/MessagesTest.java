package dev.scry.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every string of the workbench exists in English and in Simplified Chinese, with the same placeholders. */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @Test
    void everyStringIsTranslatedWithTheSamePlaceholders() throws IOException {
        Set<String> fields = new TreeSet<>();
        for (Field field : Messages.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && Modifier.isPublic(field.getModifiers())) {
                fields.add(field.getName());
            }
        }
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertEquals(fields, new TreeSet<>(english.stringPropertyNames()), "English strings and Messages fields");
        assertEquals(fields, new TreeSet<>(chinese.stringPropertyNames()), "Chinese strings and Messages fields");
        for (String key : fields) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            assertFalse(en.isBlank(), key);
            assertFalse(zh.isBlank(), key);
            assertEquals(placeholders(en), placeholders(zh), "placeholders of " + key);
            if (en.chars().anyMatch(Character::isLetter)) {
                assertTrue(CHINESE.matcher(zh).find(), key + " is not translated: " + zh);
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is in the bundle");
            properties.load(in);
        }
        return properties;
    }
}
