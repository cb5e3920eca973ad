package dk.videnportalen.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An Arquillian test that runs inside Payara Micro against the real WAR. The database is the one
 * of the selected Arquillian container ({@code -Darquillian.launch}); when that is PostgreSQL and
 * none is reachable, the class is skipped with the reason printed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(InContainer.DatabaseAvailable.class)
@ExtendWith(ArquillianExtension.class)
public @interface InContainer {

  /** Skips, loudly, when the selected container's database cannot be reached. */
  class DatabaseAvailable implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String launch = System.getProperty(InContainerDeployment.LAUNCH, "");
      if (!launch.endsWith("postgres")) {
        return ConditionEvaluationResult.enabled("embedded H2 or inside the container");
      }
      return PostgresTestDatabase.unavailableReason()
          .map(reason -> {
            String message = "SKIPPED " + context.getDisplayName() + ": " + reason;
            System.out.println(message);
            return ConditionEvaluationResult.disabled(message);
          })
          .orElseGet(() -> ConditionEvaluationResult.enabled("PostgreSQL reachable"));
    }
  }
}
