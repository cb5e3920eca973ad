package dk.videnportalen.ingest.imports;

/**
 * How a job's source is written down: "sha256|name" for an uploaded ZIP, "path" for a folder,
 * "path#fingerprint" for content/.
 */
final class ImportSources {

  private ImportSources() {}

  static String zip(String sha256, String name) {
    return sha256 + "|" + name;
  }

  static String zipAddress(String source) {
    return source.substring(0, source.indexOf('|'));
  }

  static String folder(String path, String fingerprint) {
    return fingerprint == null ? path : path + "#" + fingerprint;
  }

  static String folderPath(String source) {
    int hash = source.lastIndexOf('#');
    return hash >= 0 ? source.substring(0, hash) : source;
  }

  static String fingerprintOf(String source) {
    int hash = source.lastIndexOf('#');
    return hash >= 0 ? source.substring(hash + 1) : null;
  }
}
