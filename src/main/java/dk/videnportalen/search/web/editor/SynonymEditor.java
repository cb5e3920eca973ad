package dk.videnportalen.search.web.editor;

import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.platform.web.editor.Feedback;
import dk.videnportalen.search.SynonymService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /redaktion/synonymer}: the synonym list as one text, a rule a line. Saving checks every
 * rule and swaps the list into the search at once, without a restart; a rule that does not parse
 * is named and nothing is saved.
 */
@Named("synonymEditor")
@ViewScoped
public class SynonymEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SynonymService synonyms;
  @Inject Guard guard;

  private String rules;
  private int count;

  @PostConstruct
  void load() {
    guard.require(Action.MANAGE_SYNONYMS);
    var list = synonyms.rules();
    count = list.size();
    rules = String.join("\n", list);
  }

  public void save() {
    Feedback.attempt("f:rules", () -> {
      guard.require(Action.MANAGE_SYNONYMS);
      count = synonyms.replace(rules).size();
      Feedback.info("synonyms.saved", count);
    });
  }

  public String getRules() {
    return rules;
  }

  public void setRules(String rules) {
    this.rules = rules;
  }

  public int getCount() {
    return count;
  }
}
