/**
 * Who people are and what they may do: accounts, units, roles, sign-in and the permission
 * matrix every feature consults on the server.
 */
package dk.videnportalen.identity;
