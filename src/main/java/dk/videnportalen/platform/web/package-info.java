/** Web plumbing shared by all pages: locale choice, security headers, error handling. */
package dk.videnportalen.platform.web;
