package dev.scry.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import dev.scry.image.ImageFormat;
import dev.scry.index.HumanUnits;
import dev.scry.index.QueryMessages;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values checked as picocli reads them, in human units ({@link HumanUnits}): a bad value is a
 * usage error whose one line says what was expected.
 */
final class OptionValues {
    private OptionValues() {
    }

    /** A similarity threshold in percent, 0 to 100. */
    static final class Percent implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                double percent = Double.parseDouble(value.strip().replaceFirst("%$", ""));
                if (percent >= 0 && percent <= 100) {
                    return percent;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("expected a percentage from 0 to 100, not " + value);
        }
    }

    /** A number of results, at least 1. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int count = Integer.parseInt(value.strip());
                if (count >= 1) {
                    return count;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("expected a whole number of at least 1, not " + value);
        }
    }

    /** A file size: {@code 5MB}, {@code 1.5GiB}, {@code 200k}, {@code 1024}. */
    static final class Size implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return HumanUnits.bytes(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A day, month, year, minute or age ({@code 2024-06}, {@code 7d}): the period it stands for. */
    static final class Period implements ITypeConverter<HumanUnits.Range> {
        @Override
        public HumanUnits.Range convert(String value) {
            try {
                return HumanUnits.now().moment(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A picture format by its name or an extension: {@code jpeg}, {@code jpg}, {@code png}. */
    static final class Format implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return ImageFormat.ofFileName(Path.of("picture." + value.strip())).map(ImageFormat::id).orElseThrow(
                    () -> new TypeConversionException(QueryMessages.format("unit.format", value,
                            Arrays.stream(ImageFormat.values()).map(ImageFormat::id).collect(Collectors.joining(", ")))));
        }
    }

    /** A rectangle {@code X,Y,W,H} in pixels, from the top left corner, with a width and height. */
    static final class Region implements ITypeConverter<java.awt.Rectangle> {
        @Override
        public java.awt.Rectangle convert(String value) {
            String[] parts = value.split(",", -1);
            try {
                if (parts.length == 4) {
                    int[] v = Arrays.stream(parts).mapToInt(p -> Integer.parseInt(p.strip())).toArray();
                    if (v[0] >= 0 && v[1] >= 0 && v[2] > 0 && v[3] > 0) {
                        return new java.awt.Rectangle(v[0], v[1], v[2], v[3]);
                    }
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("expected X,Y,W,H in pixels with W and H above 0, e.g. 120,80,400,300, not " + value);
        }
    }
}
