package dk.videnportalen.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PortalViewHandlerTest {

  @Test
  void danishAnywhereInTheBrowsersListMeansDanish() {
    assertTrue(PortalViewHandler.mentionsDanish("da"));
    assertTrue(PortalViewHandler.mentionsDanish("en-US,en;q=0.9,da;q=0.8"));
    assertTrue(PortalViewHandler.mentionsDanish("en-GB, DA-dk;q=0.5"));
  }

  @Test
  void otherLanguagesAreLeftToTheBrowsersPreference() {
    assertFalse(PortalViewHandler.mentionsDanish("en-GB,en;q=0.9"));
    assertFalse(PortalViewHandler.mentionsDanish("dav,de;q=0.5"));
  }
}
