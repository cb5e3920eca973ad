/**
 * Videnportalen: the children-and-youth department's portal for learning packages, practice
 * stories, interest communities and onboarding courses. Each sub-package is one feature; shared
 * infrastructure lives in {@code platform}.
 */
package dk.videnportalen;
