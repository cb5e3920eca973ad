package dk.videnportalen.identity;

/**
 * Implemented by each feature that stores something a person made or did, so that "download my
 * data" (GDPR article 15/20) covers every feature without identity knowing them all.
 */
public interface PersonalDataSource {

  /** A short key for this source's section in the export, e.g. "indhold". */
  String section();

  /** This person's data, as JSON-serialisable values (records, lists, strings). */
  Object personalData(Account account);
}
