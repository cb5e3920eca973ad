/**
 * What the signed-in pages (sign-in, account, editorial and admin pages) share: turning service
 * outcomes into messages next to the form, safe return addresses, and the section navigation.
 */
package dk.videnportalen.platform.web.editor;
