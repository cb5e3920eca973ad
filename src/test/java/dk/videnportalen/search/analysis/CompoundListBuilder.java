package dk.videnportalen.search.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Regenerates {@code compound-parts.txt} from Debian's hunspell-da ({@code apt-get install
 * hunspell-da}). Not part of the build: production machines do not have hunspell-da, so the
 * derived list is committed and this tool documents how it was made.
 *
 * <p>Stavekontrolden's affix file states, per word, whether it may end a compound (flag 39) and
 * with which linking morpheme it begins one: bare (31), fuge-s (29), fuge-e (30), "drop e, add s"
 * (56, arbejde → arbejds-) and others, all as suffix rules whose continuation flags contain
 * COMPOUNDBEGIN (32) or COMPOUNDMIDDLE (33). We expand exactly those rules, so the splitter uses
 * the dictionary's own knowledge of Danish linking morphemes instead of guessing.
 *
 * <p>The list is the dictionary's facts only; the rules that keep lexicalised words whole live in
 * {@link CompoundDictionary}.
 *
 * <p>Usage: {@code CompoundListBuilder /usr/share/hunspell/da_DK.dic /usr/share/hunspell/da_DK.aff
 * src/main/resources/dk/videnportalen/search/analysis/compound-parts.txt}
 */
public final class CompoundListBuilder {

  static final String COMPOUND_BEGIN = "32";
  static final String COMPOUND_MIDDLE = "33";
  static final String COMPOUND_END_WORD = "39";
  static final Pattern LETTERS = Pattern.compile("[a-zæøåéü]+");
  static final int MIN_PART = 3;

  record SuffixRule(int strip, String add, Set<String> continuation, Pattern condition) {}

  public static void main(String[] args) throws IOException {
    Path dic = Path.of(args.length > 0 ? args[0] : "/usr/share/hunspell/da_DK.dic");
    Path aff = Path.of(args.length > 1 ? args[1] : "/usr/share/hunspell/da_DK.aff");
    Path out = Path.of(args.length > 2 ? args[2]
        : "src/main/resources/dk/videnportalen/search/analysis/compound-parts.txt");
    Map<String, List<SuffixRule>> rules = readSuffixRules(aff);
    TreeMap<String, Entry> entries = new TreeMap<>();
    List<String> lines = Files.readAllLines(dic, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) { // line 1 is the entry count
      addDictionaryLine(line, rules, entries);
    }
    write(out, entries);
  }

  static final class Entry {
    boolean head;
    final Set<String> modifierForms = new LinkedHashSet<>();
  }

  static Map<String, List<SuffixRule>> readSuffixRules(Path aff) throws IOException {
    Map<String, List<SuffixRule>> rules = new HashMap<>();
    for (String line : Files.readAllLines(aff, StandardCharsets.UTF_8)) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 5 || !f[0].equals("SFX")) {
        continue;
      }
      String strip = f[2];
      String[] addAndFlags = f[3].split("/", 2);
      String add = addAndFlags[0].equals("0") ? "" : addAndFlags[0];
      Set<String> cont = addAndFlags.length > 1 ? Set.copyOf(Arrays.asList(addAndFlags[1].split(","))) : Set.of();
      Pattern condition = Pattern.compile("(?:" + f[4] + ")$");
      rules.computeIfAbsent(f[1], k -> new ArrayList<>())
          .add(new SuffixRule(strip.equals("0") ? 0 : strip.length(), add, cont, condition));
    }
    return rules;
  }

  static void addDictionaryLine(String line, Map<String, List<SuffixRule>> rules,
      Map<String, Entry> entries) {
    String token = line.trim().split("\\s+", 2)[0];
    if (token.isEmpty()) {
      return;
    }
    int slash = token.indexOf('/');
    String word = slash < 0 ? token : token.substring(0, slash);
    Set<String> flags = slash < 0 ? Set.of() : Set.copyOf(Arrays.asList(token.substring(slash + 1).split(",")));
    boolean hyphenatedBegin = word.endsWith("-");
    if (hyphenatedBegin) {
      word = word.substring(0, word.length() - 1);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < MIN_PART || !LETTERS.matcher(lower).matches()) {
      return;
    }
    Entry entry = new Entry();
    entry.head = flags.contains(COMPOUND_END_WORD);
    if (flags.contains(COMPOUND_BEGIN) || flags.contains(COMPOUND_MIDDLE)) {
      entry.modifierForms.add(lower);
    }
    for (String flag : flags) {
      for (SuffixRule rule : rules.getOrDefault(flag, List.of())) {
        if (beginsCompound(rule) && rule.strip() <= lower.length()
            && rule.condition().matcher(lower).find()) {
          entry.modifierForms.add(lower.substring(0, lower.length() - rule.strip()) + rule.add());
        }
      }
    }
    if (!entry.head && entry.modifierForms.isEmpty()) {
      return;
    }
    Entry merged = entries.computeIfAbsent(lower, k -> new Entry());
    merged.head |= entry.head;
    merged.modifierForms.addAll(entry.modifierForms);
  }

  /** A rule giving a compound's first or middle part; the hyphenated variants are skipped. */
  static boolean beginsCompound(SuffixRule rule) {
    return (rule.continuation().contains(COMPOUND_BEGIN)
        || rule.continuation().contains(COMPOUND_MIDDLE)) && !rule.add().contains("-");
  }

  /** One line per word: {@code word TAB h|- TAB forms}, a form written as "strip count + added". */
  static void write(Path out, TreeMap<String, Entry> entries) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (Map.Entry<String, Entry> e : entries.entrySet()) {
        String word = e.getKey();
        List<String> forms = new ArrayList<>();
        for (String form : e.getValue().modifierForms) {
          forms.add(encode(word, form));
        }
        String head = e.getValue().head ? "h" + (word.length() - stem(word).length()) : "-";
        w.write(word + "\t" + head + "\t" + String.join(",", forms) + "\n");
      }
    }
  }

  /**
   * The Danish Snowball stem. It only ever cuts letters off the end, so the list stores how many
   * ("h2": fællesskaber → fællesskab) and loading needs no stemming.
   */
  static String stem(String word) {
    STEMMER.setCurrent(word);
    STEMMER.stem();
    String stem = STEMMER.getCurrent();
    if (!word.startsWith(stem)) {
      throw new IllegalStateException("Snowball stem " + stem + " is not a prefix of " + word);
    }
    return stem;
  }

  private static final DanishStemmer STEMMER = new DanishStemmer();

  /** "0s" = word + s, "1s" = drop one letter then add s, "0" = the word itself. */
  static String encode(String word, String form) {
    int common = 0;
    while (common < word.length() && common < form.length()
        && word.charAt(common) == form.charAt(common)) {
      common++;
    }
    return (word.length() - common) + form.substring(common);
  }

  static final String HEADER = """
      # Danish compound parts for CompoundSplitter, derived from hunspell-da
      # (Stavekontrolden 2.7, Debian package hunspell-da 1:7.5.0-1, da_DK.dic + da_DK.aff).
      # Copyright (C) 2022 Foreningen for frit tilgængelige sprogværktøjer, www.stavekontrolden.dk.
      # Licensed under the GPL 2.0 / LGPL 2.1 / MPL 1.1 tri-license; this derived word list is
      # used under the terms of the LGPL 2.1 (or, at your option, the MPL 1.1).
      # Regenerate with the test-scope tool dk.videnportalen.search.analysis.CompoundListBuilder.
      #
      # Format: word TAB hN|- TAB modifier forms
      #   hN     = the word may end a compound (hunspell flag 39); its Lucene 9 Danish Snowball
      #            stem is the word minus its last N letters, through which inflected forms match
      #            (regenerate if Lucene's Danish stemmer changes; CompoundDictionaryTest checks)
      #   forms  = how the word begins a compound, as "letters to drop" + "letters to add":
      #            0 = bare (model-), 0s = fuge-s (lærings-), 0e = fuge-e (børne-), 1s = arbejds-
      """;

  private CompoundListBuilder() {}
}
