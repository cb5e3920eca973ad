/** Infrastructure every feature shares: configuration, persistence, health, web plumbing. */
package dk.videnportalen.platform;
