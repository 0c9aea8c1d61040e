package dev.loomshowcase.scenes.yours;

import java.util.List;

/**
 * The exercise answered: a classification and three sentences in the seed's words, each with the
 * numbers behind it, plus where the task pinned a carrier or got slower with more threads.
 *
 * @param classification from the measured CPU share and the slow-downs; null when the baseline failed
 * @param bound          is it I/O- or CPU-bound?
 * @param oneCore        would concurrency help on one core?
 * @param cores          would parallelism help on this machine's cores?
 * @param where          where the task pinned a carrier or got slower with more threads (may be empty)
 */
public record YoursAnswer(TaskClass classification, String bound, String oneCore, String cores, List<String> where) {

    public YoursAnswer {
        where = List.copyOf(where);
    }

    /** The three sentences, in order. */
    public List<String> sentences() {
        return List.of(bound, oneCore, cores);
    }
}
