/** The audit log: who created, changed, published or deleted what, and when. */
package dk.videnportalen.identity.audit;
