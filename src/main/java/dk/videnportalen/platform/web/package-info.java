/**
 * Web plumbing shared by all pages: locale choice and language switch, security headers, failed
 * posts, formats, versioned static resources, the page chrome and reading records from EL.
 */
package dk.videnportalen.platform.web;
