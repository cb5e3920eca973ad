/**
 * The identity pages: sign-in and sign-out, the person's own account (password, data export), and
 * the administrators' account and audit-log pages. Permission checks stay in {@code Guard}.
 */
package dk.videnportalen.identity.web;
