package dev.loomshowcase.cli;

import dev.loomshowcase.report.TableRenderer;
import dev.loomshowcase.scenes.yours.YoursAnswer;

/** The answer of {@code yours} as text under its table: the classification and its three sentences. */
final class YoursText {

    private YoursText() {
    }

    static String answer(YoursAnswer answer) {
        StringBuilder text = new StringBuilder("\nanswer: ")
                .append(answer.classification() == null ? "not classified" : answer.classification().id()).append('\n');
        answer.sentences().forEach(s -> TableRenderer.wrap(s, "  ").forEach(line -> text.append(line).append('\n')));
        return text.toString();
    }
}
