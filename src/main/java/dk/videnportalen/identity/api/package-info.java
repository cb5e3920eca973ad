/** REST mapping of identity concerns (access denied → 401/403). */
package dk.videnportalen.identity.api;
