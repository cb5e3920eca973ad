/**
 * Stored originals, addressed by the SHA-256 of their bytes. The portal uses only the
 * {@link dk.videnportalen.platform.blob.BlobStore} interface, so a shared or object store can
 * replace the local file system when there are several nodes. The sweep deletes what no feature's
 * {@link dk.videnportalen.platform.blob.BlobReferences} needs any more.
 */
package dk.videnportalen.platform.blob;
