package dk.videnportalen.platform.web.editor;

import dk.videnportalen.identity.AccessDenied;
import dk.videnportalen.ingest.UploadRejected;
import dk.videnportalen.platform.NotFound;
import dk.videnportalen.platform.ValidationFailure;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a page action and turns what can go wrong into messages a person can act on: the
 * services' Danish validation messages as they are, a refused permission or a missing item as a
 * sentence from the editor bundle, and anything unexpected as a short apology (logged with its
 * stack trace, never shown). Services run each action in one transaction, so a refused action
 * leaves nothing half-written.
 */
public final class Feedback {

  private static final Logger LOG = Logger.getLogger(Feedback.class.getName());
  /** The var of the editor bundle in faces-config.xml. */
  public static final String BUNDLE = "ed";

  private Feedback() {}

  /** An action that may fail with the services' exceptions. */
  @FunctionalInterface
  public interface Step {
    void run() throws Exception;
  }

  /**
   * Runs the step.
   *
   * @param field client id the messages belong to, or null for the form as a whole
   * @return whether it succeeded
   */
  public static boolean attempt(String field, Step step) {
    try {
      step.run();
      return true;
    } catch (ValidationFailure e) {
      e.problems().forEach(p -> error(field, p));
    } catch (UploadRejected | NotFound e) {
      error(field, e.getMessage());
    } catch (AccessDenied e) {
      error(field, text("ed.denied"));
    } catch (Exception e) {
      LOG.log(Level.WARNING, "A page action failed", e);
      error(field, text("ed.failed"));
    }
    return false;
  }

  public static void info(String key, Object... args) {
    FacesContext.getCurrentInstance().addMessage(null,
        new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
  }

  public static void error(String field, String message) {
    FacesContext.getCurrentInstance().addMessage(field,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Keeps messages across a redirect (Post-Redirect-Get). */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /** The editor bundle in the view's language. */
  public static ResourceBundle bundle() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context.getApplication().getResourceBundle(context, BUNDLE);
  }

  /** A text from the editor bundle in the view's language, formatted with the arguments. */
  public static String text(String key, Object... args) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = bundle();
    try {
      String pattern = bundle.getString(key);
      return args.length == 0 ? pattern
          : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
