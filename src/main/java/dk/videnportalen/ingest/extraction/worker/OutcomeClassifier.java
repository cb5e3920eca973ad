package dk.videnportalen.ingest.extraction.worker;

import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.CORRUPT;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.EMPTY;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.ENCRYPTED;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.OK;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.TOO_LARGE;
import static dk.videnportalen.ingest.extraction.protocol.ExtractionStatus.UNSUPPORTED;

import java.util.function.Predicate;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.ZeroByteFileException;

/**
 * Decides the status of a parse. The order of the rules is the policy:
 *
 * <ol>
 *   <li>zero bytes is EMPTY;
 *   <li>any zip-bomb or unpacking guard that fired, anywhere in the tree, is TOO_LARGE;
 *   <li>an encrypted outer document is ENCRYPTED;
 *   <li>a failed parse is CORRUPT (UNSUPPORTED for a ZIP feature or Strict OOXML, which Tika
 *       does not implement), unless real text came out before the failure: then it is OK with
 *       partial text, as for damaged but recoverable files;
 *   <li>a ZIP whose structure gave nothing usable is CORRUPT;
 *   <li>depth or embedded-count limits that fired are TOO_LARGE without real text, else OK with
 *       partial text;
 *   <li>no real text but encrypted embedded documents (an encrypted ZIP lists only entry names)
 *       is ENCRYPTED;
 *   <li>no parser for the format is UNSUPPORTED, also for containers of only unknown formats;
 *   <li>no real text but failures or warnings on the way is CORRUPT, otherwise EMPTY;
 *   <li>everything else is OK.
 * </ol>
 *
 * "Real text" means at least one letter or digit outside archive entry names.
 */
final class OutcomeClassifier {

  static final String PARTIALLY_DAMAGED =
      "Filen er delvist beskadiget; teksten kan være ufuldstændig";
  static final String ZERO_BYTES = "Filen er tom (0 byte)";
  static final String BOMB =
      "Filen pakker sig ud til langt mere, end den fylder, og blev derfor ikke læst færdig";
  static final String NESTING = "Filens indhold er for dybt indlejret til at kunne læses";
  static final String TOO_DEEP = "Filen har for mange eller for dybt indlejrede dokumenter";
  static final String PARTLY_UNREAD =
      "Teksten er ufuldstændig: filen har flere eller dybere indlejrede dokumenter end tilladt";
  static final String ZIP_FEATURE = "Filen bruger en ZIP-funktion, som ikke understøttes";
  static final String STRICT_OOXML =
      "Formatet Strict Office Open XML understøttes ikke; gem filen i almindeligt Office-format";
  /** Office XML never has a DOCTYPE; one is an entity-expansion or XXE attempt. */
  static final String DOCTYPE_REFUSED =
      "Filen indeholder XML med en DOCTYPE, som af sikkerhedshensyn ikke læses";
  static final String DAMAGED_PACKAGE =
      "Filen er en beskadiget Office- eller ZIP-fil og kunne ikke læses";
  static final String ENCRYPTED_CONTENT = "Indholdet er beskyttet med adgangskode";
  static final String SOME_ENCRYPTED =
      "Teksten er udtrukket, men nogle indlejrede filer er beskyttet med adgangskode";
  static final String UNKNOWN_CONTENT = "Filen indeholder kun filer i formater, der ikke kan læses";
  static final String PICTURES = "Ingen tekst – filen består af billeder uden et tekstlag";

  private OutcomeClassifier() {}

  static Verdict classify(ParseFacts facts) {
    Throwable thrown = facts.thrown();
    boolean realText = facts.contentLetters() > 0;
    if (causedBy(thrown, c -> c instanceof ZeroByteFileException)) {
      return Verdict.of(EMPTY, ZERO_BYTES);
    }
    if (facts.decompressionBomb() || causedBy(thrown, OutcomeClassifier::isBomb)
        || facts.embeddedFailures().stream().anyMatch(OutcomeClassifier::traceShowsBomb)) {
      return Verdict.partial(TOO_LARGE, BOMB);
    }
    if (causedBy(thrown, OutcomeClassifier::isEncryption)) {
      return Verdict.of(ENCRYPTED, null);
    }
    if (thrown instanceof StackOverflowError) {
      return Verdict.partial(TOO_LARGE, NESTING);
    }
    if (thrown != null) {
      if (realText) {
        return Verdict.partial(OK, PARTIALLY_DAMAGED);
      }
      if (causedBy(thrown, OutcomeClassifier::isUnsupportedZipFeature)) {
        return Verdict.of(UNSUPPORTED, ZIP_FEATURE);
      }
      if (causedBy(thrown, t -> messageContains(t, "Strict OOXML"))) {
        return Verdict.of(UNSUPPORTED, STRICT_OOXML);
      }
      if (causedBy(thrown, t -> messageContains(t, "DOCTYPE is disallowed"))) {
        return Verdict.of(CORRUPT, DOCTYPE_REFUSED);
      }
      return Verdict.of(CORRUPT, null);
    }
    if (facts.damagedPackage()) {
      return Verdict.of(CORRUPT, DAMAGED_PACKAGE);
    }
    if (facts.limitReached()) {
      return realText ? Verdict.partial(OK, PARTLY_UNREAD) : Verdict.partial(TOO_LARGE, TOO_DEEP);
    }
    boolean encryptedInside = facts.embeddedEncrypted()
        || facts.embeddedFailures().stream().anyMatch(OutcomeClassifier::traceShowsEncryption);
    if (!realText && encryptedInside) {
      return Verdict.of(ENCRYPTED, ENCRYPTED_CONTENT);
    }
    if (facts.rootUnsupported()) {
      return Verdict.of(UNSUPPORTED, null);
    }
    if (!realText && facts.embeddedUnsupported() > 0) {
      return Verdict.of(UNSUPPORTED, UNKNOWN_CONTENT);
    }
    if (!realText && (facts.warnings() || !facts.embeddedFailures().isEmpty())) {
      return Verdict.of(CORRUPT, null);
    }
    if (!realText) {
      return Verdict.of(EMPTY, facts.pictures() ? PICTURES : null);
    }
    return Verdict.of(OK, encryptedInside ? SOME_ENCRYPTED : null);
  }

  private static boolean isBomb(Throwable t) {
    return t instanceof DecompressionBombException
        || t instanceof TikaMemoryLimitException
        || traceShowsBomb(String.valueOf(t.getMessage()));
  }

  private static boolean isEncryption(Throwable t) {
    return t instanceof EncryptedDocumentException
        || t instanceof org.apache.poi.EncryptedDocumentException
        // PDFBox, for a PDF encrypted to a certificate whose private key we do not have.
        || String.valueOf(t.getMessage()).contains("decryption material");
  }

  private static boolean messageContains(Throwable t, String text) {
    return t.getMessage() != null && t.getMessage().contains(text);
  }

  private static boolean isUnsupportedZipFeature(Throwable t) {
    return t.getClass().getName().endsWith(".UnsupportedZipFeatureException");
  }

  /** Tika's zip-bomb guard has no exception type of its own, only these messages. */
  static boolean traceShowsBomb(String trace) {
    return trace.contains("Suspected zip bomb")
        || trace.contains("Zip bomb detected")
        || trace.contains(DecompressionBombException.class.getName())
        || trace.contains(TikaMemoryLimitException.class.getName());
  }

  /** Encrypted office documents, and ZIP entries that commons-compress cannot decrypt. */
  static boolean traceShowsEncryption(String trace) {
    return trace.contains("EncryptedDocumentException")
        || trace.contains("Unsupported feature encryption");
  }

  private static boolean causedBy(Throwable t, Predicate<Throwable> test) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (test.test(c)) {
        return true;
      }
    }
    return false;
  }
}
