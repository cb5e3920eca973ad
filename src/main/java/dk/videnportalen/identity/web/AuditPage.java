package dk.videnportalen.identity.web;

import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.identity.audit.AuditLog;
import dk.videnportalen.platform.web.editor.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code /admin/logbog}: the audit log, newest first, filtered by who, what, when and which item,
 * a page at a time. One row more than a page is read to know whether a next page exists.
 */
@Named("auditPage")
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;
  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
  private static final String ACTION_LABELS = "audit.action.";
  private static final String TARGET_LABELS = "audit.targetType.";

  @Inject AuditLog audit;
  @Inject Guard guard;

  private String actor;
  private String action;
  private String targetType;
  private Long targetId;
  private LocalDate from;
  private LocalDate to;
  private int page;
  private List<AuditLog.Entry> entries = List.of();
  private boolean more;

  @PostConstruct
  void init() {
    load();
  }

  /** An action in words ("Læringspakke oprettet"); an action without a label keeps its code. */
  public String actionLabel(String code) {
    return label(ACTION_LABELS, code);
  }

  /** An item type in words ("Læringspakke"). */
  public String targetLabel(String type) {
    return label(TARGET_LABELS, type);
  }

  /** The actions that have a label, by label, for the filter's list. */
  public List<SelectItem> getActionChoices() {
    return choices(ACTION_LABELS);
  }

  /** The item types that have a label, by label. */
  public List<SelectItem> getTargetChoices() {
    return choices(TARGET_LABELS);
  }

  /**
   * Where an entry's item can be seen, for the types that have a public page; else null. The
   * addresses are written out here rather than asked of the catalog, which depends on identity.
   */
  public String targetUrl(AuditLog.Entry e) {
    if (e.targetId() == null) {
      return null;
    }
    return switch (String.valueOf(e.targetType())) {
      case "package" -> "/pakker/" + e.targetId();
      case "story" -> "/fortaellinger/" + e.targetId();
      default -> null;
    };
  }

  private static String label(String prefix, String code) {
    ResourceBundle labels = Feedback.bundle();
    return code != null && labels.containsKey(prefix + code) ? labels.getString(prefix + code)
        : code;
  }

  private static List<SelectItem> choices(String prefix) {
    ResourceBundle labels = Feedback.bundle();
    Collator danish = Collator.getInstance(Locale.forLanguageTag("da"));
    return labels.keySet().stream()
        .filter(k -> k.startsWith(prefix))
        .map(k -> new SelectItem(k.substring(prefix.length()), labels.getString(k)))
        .sorted(Comparator.comparing(SelectItem::getLabel, danish))
        .toList();
  }

  public void search() {
    page = 0;
    load();
  }

  public void reset() {
    actor = action = targetType = null;
    targetId = null;
    from = to = null;
    search();
  }

  public void nextPage() {
    if (more) {
      page++;
    }
    load();
  }

  public void previousPage() {
    page = Math.max(0, page - 1);
    load();
  }

  private void load() {
    if (from != null && to != null && to.isBefore(from)) {
      Feedback.error("f:to", Feedback.text("audit.datesReversed"));
      entries = List.of();
      more = false;
      return;
    }
    Feedback.attempt(null, () -> {
      guard.require(Action.READ_AUDIT_LOG);
      List<AuditLog.Entry> found = audit.find(new AuditLog.Filter(blank(actor), blank(action),
          blank(targetType), targetId,
          from == null ? null : from.atStartOfDay(DANISH_TIME).toOffsetDateTime(),
          to == null ? null : to.plusDays(1).atStartOfDay(DANISH_TIME).toOffsetDateTime()),
          page * PAGE_SIZE, PAGE_SIZE + 1);
      more = found.size() > PAGE_SIZE;
      entries = more ? found.subList(0, PAGE_SIZE) : found;
    });
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public List<AuditLog.Entry> getEntries() {
    return entries;
  }

  public boolean isMore() {
    return more;
  }

  public int getPage() {
    return page;
  }

  public int getPageNumber() {
    return page + 1;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getTargetType() {
    return targetType;
  }

  public void setTargetType(String targetType) {
    this.targetType = targetType;
  }

  public Long getTargetId() {
    return targetId;
  }

  public void setTargetId(Long targetId) {
    this.targetId = targetId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
