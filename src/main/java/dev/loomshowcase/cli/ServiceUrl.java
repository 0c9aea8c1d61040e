package dev.loomshowcase.cli;

import picocli.CommandLine;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Converts {@code --stubs URL} (and other base URLs of services) to a URI, accepting only an absolute
 * {@code http} or {@code https} URL with a host, so that {@code 127.0.0.1:8089} gets one plain line
 * instead of a URI parser's message.
 */
final class ServiceUrl implements CommandLine.ITypeConverter<URI> {

    static final String EXAMPLE = "http://127.0.0.1:8089";

    @Override
    public URI convert(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw badUrl(value);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
            throw badUrl(value);
        }
        return uri;
    }

    private static CommandLine.TypeConversionException badUrl(String value) {
        return new CommandLine.TypeConversionException("'" + value + "' is not a URL: expected a URL such as " + EXAMPLE);
    }
}
