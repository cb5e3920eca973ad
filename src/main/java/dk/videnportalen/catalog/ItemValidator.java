package dk.videnportalen.catalog;

import dk.videnportalen.platform.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;

/** Runs Bean Validation on drafts and reports every problem at once, in Danish. */
@ApplicationScoped
class ItemValidator {

  @Inject Validator validator;

  <T> void check(T draft, List<String> moreProblems) {
    if (draft == null) {
      throw new ValidationFailure("Oplysningerne mangler.");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(draft);
    List<String> problems = new java.util.ArrayList<>(violations.stream()
        .map(ConstraintViolation::getMessage)
        .sorted()
        .toList());
    problems.addAll(moreProblems);
    if (!problems.isEmpty()) {
      throw new ValidationFailure(problems);
    }
  }
}
