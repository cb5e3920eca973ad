package dk.videnportalen.platform;

import java.util.List;

/**
 * Input a person must correct, with one Danish message per problem. The REST API answers 422
 * with the messages; pages show them next to the form.
 */
public class ValidationFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public ValidationFailure(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public ValidationFailure(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
