package dk.videnportalen.identity.web;

import dk.videnportalen.identity.AccountAdministration;
import dk.videnportalen.identity.AccountAdministration.Invitation;
import dk.videnportalen.identity.AccountAdministration.InviteRequest;
import dk.videnportalen.identity.AccountView;
import dk.videnportalen.identity.Action;
import dk.videnportalen.identity.Guard;
import dk.videnportalen.identity.Role;
import dk.videnportalen.identity.UnitKind;
import dk.videnportalen.platform.web.editor.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /admin}: invite people, give them roles and a unit, deactivate them, reset a password,
 * and anonymise or delete former staff. A one-time password is shown once, right after it was
 * made; destructive actions ask for a confirmation first.
 */
@Named("accountsPage")
@ViewScoped
public class AccountsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountAdministration admin;
  @Inject Guard guard;

  private List<AccountView> accounts = List.of();
  private String username;
  private String displayName;
  private String email;
  private String unit;
  private String unitKind = UnitKind.SCHOOL.name();
  private List<String> roles = new ArrayList<>(List.of(Role.STAFF.name()));

  private Long selectedId;
  private String selectedName;
  private List<String> selectedRoles = new ArrayList<>();
  private String selectedUnit;
  private String selectedUnitKind;

  private Long confirmingRemoval;
  private String oneTimeUser;
  private String oneTimePassword;

  @PostConstruct
  void load() {
    guard.require(Action.ADMINISTER_USERS);
    accounts = admin.list();
  }

  public void invite() {
    oneTimePassword = null;
    Feedback.attempt(null, () -> {
      guard.require(Action.ADMINISTER_USERS);
      Invitation invitation = admin.invite(new InviteRequest(username, displayName, email, unit,
          unitKind, roles));
      showOneTime(invitation);
      Feedback.info("admin.invited", invitation.account().username());
      username = displayName = email = unit = null;
      roles = new ArrayList<>(List.of(Role.STAFF.name()));
    });
    load();
  }

  public void select(AccountView account) {
    selectedId = account.id();
    selectedName = account.username();
    selectedRoles = new ArrayList<>(account.roles());
    selectedUnit = account.unit();
    selectedUnitKind = UnitKind.SCHOOL.name();
    confirmingRemoval = null;
  }

  public void cancel() {
    selectedId = null;
    confirmingRemoval = null;
  }

  public void saveRoles() {
    if (Feedback.attempt(null, () -> {
      guard.require(Action.ADMINISTER_USERS);
      AccountView a = admin.setRoles(selectedId, selectedRoles);
      Feedback.info("admin.rolesSaved", a.username());
    })) {
      selectedId = null;
    }
    load();
  }

  public void saveUnit() {
    if (Feedback.attempt(null, () -> {
      guard.require(Action.ADMINISTER_USERS);
      AccountView a = admin.setUnit(selectedId, selectedUnit, selectedUnitKind);
      Feedback.info("admin.unitSaved", a.username());
    })) {
      selectedId = null;
    }
    load();
  }

  public void setActive(AccountView account, boolean active) {
    Feedback.attempt(null, () -> {
      guard.require(Action.ADMINISTER_USERS);
      admin.setActive(account.id(), active);
      Feedback.info(active ? "admin.activated" : "admin.deactivated", account.username());
    });
    load();
  }

  public void resetPassword(AccountView account) {
    Feedback.attempt(null, () -> {
      guard.require(Action.ADMINISTER_USERS);
      showOneTime(admin.resetPassword(account.id()));
    });
    load();
  }

  public void askRemoval(AccountView account) {
    confirmingRemoval = account.id();
    selectedId = null;
  }

  public void anonymise() {
    Long id = confirmingRemoval;
    confirmingRemoval = null;
    Feedback.attempt(null, () -> {
      guard.require(Action.ADMINISTER_USERS);
      admin.anonymise(id);
      Feedback.info("admin.anonymised");
    });
    load();
  }

  public void delete() {
    Long id = confirmingRemoval;
    confirmingRemoval = null;
    Feedback.attempt(null, () -> {
      guard.require(Action.ADMINISTER_USERS);
      Feedback.info(admin.delete(id) ? "admin.deleted" : "admin.anonymisedInstead");
    });
    load();
  }

  private void showOneTime(Invitation invitation) {
    oneTimeUser = invitation.account().username();
    oneTimePassword = invitation.temporaryPassword();
  }

  /** The one-time password, handed out once: reading it forgets it for the next request. */
  public String getOneTimePassword() {
    return oneTimePassword;
  }

  public void forgetOneTime() {
    oneTimePassword = null;
    oneTimeUser = null;
  }

  public String getOneTimeUser() {
    return oneTimeUser;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public UnitKind[] getUnitKinds() {
    return UnitKind.values();
  }

  public List<AccountView> getAccounts() {
    return accounts;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public String getSelectedName() {
    return selectedName;
  }

  public Long getConfirmingRemoval() {
    return confirmingRemoval;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getUnitKind() {
    return unitKind;
  }

  public void setUnitKind(String unitKind) {
    this.unitKind = unitKind;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public List<String> getSelectedRoles() {
    return selectedRoles;
  }

  public void setSelectedRoles(List<String> selectedRoles) {
    this.selectedRoles = selectedRoles;
  }

  public String getSelectedUnit() {
    return selectedUnit;
  }

  public void setSelectedUnit(String selectedUnit) {
    this.selectedUnit = selectedUnit;
  }

  public String getSelectedUnitKind() {
    return selectedUnitKind;
  }

  public void setSelectedUnitKind(String selectedUnitKind) {
    this.selectedUnitKind = selectedUnitKind;
  }
}
