package org.terrortrade.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The build stopped because the sources have problems; the message lists every one of them. */
public final class BuildFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String step;
    private final transient List<Problem> problems;

    public BuildFailedException(String step, List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.step = step;
        this.problems = List.copyOf(problems);
    }

    public String step() {
        return step;
    }

    public List<Problem> problems() {
        return problems;
    }
}
