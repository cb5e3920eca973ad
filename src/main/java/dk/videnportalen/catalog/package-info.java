/**
 * The portal's content: learning packages (læringspakker), practice stories
 * (praksisfortællinger), the theme taxonomy, and the files attached to them with every version
 * that was uploaded.
 */
package dk.videnportalen.catalog;
