package dev.loomshowcase.cli;

import dev.loomshowcase.server.DownstreamClient;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads {@code --client jdk|helidon}; anything else is a usage error naming the choices. */
final class ClientKind implements CommandLine.ITypeConverter<DownstreamClient.Kind> {

    @Override
    public DownstreamClient.Kind convert(String value) {
        for (DownstreamClient.Kind kind : DownstreamClient.Kind.values()) {
            if (kind.id().equals(value)) {
                return kind;
            }
        }
        throw new CommandLine.TypeConversionException("expected one of "
                + Arrays.stream(DownstreamClient.Kind.values()).map(DownstreamClient.Kind::id).collect(Collectors.joining(", "))
                + " but was '" + value + "'");
    }
}
