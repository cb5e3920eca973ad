/** Typed access to the portal's MicroProfile Config settings (environment first, then defaults). */
package dk.videnportalen.platform.config;
