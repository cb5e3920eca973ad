package dk.videnportalen.bench.search;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Danish-like corpus, generated deterministically from the words of the repository's content/
 * (item.json texts, the office files' text sources under content/kilder, temaer.json) and, when
 * present, the shared seed texts (read in place). Text comes from a word-bigram chain over those
 * sources, so words, their frequencies and their neighbours are Danish while no sentence is
 * copied; titles, themes, audiences and dates have the shape of real packages and stories.
 */
final class DanishCorpus {

  /** One generated item: a package (body in one text file) or a story (three sections). */
  record Item(int n, boolean story, String key, String title, String summary, List<String> themes,
      String audience, String unit, String unitKind, String area, LocalDate date,
      List<String> body) {

    String bodyText() {
      return String.join("\n\n", body);
    }
  }

  record Theme(String slug, String name) {}

  static final List<String> AUDIENCES = List.of("dagtilbud", "skole", "fritid-ungdom", "ledere",
      "alle");
  private static final List<String> UNIT_KINDS = List.of("SCHOOL", "DAYCARE", "YOUTH_CLUB",
      "ADMINISTRATION");
  private static final List<String> AREAS = List.of("Nord", "Syd", "Vest", "Midt", "Øst");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}-]*|[.!?]");

  private final List<Theme> themes;
  private final List<String> units;
  private final List<String> titleWords;
  private final String[] words;
  private final int[][] next;
  private final int[] starts;
  private final int[] contentWords;
  private final String sourcesNote;

  private DanishCorpus(List<Theme> themes, List<String> units, List<String> titleWords,
      String[] words, int[][] next, int[] starts, int[] contentWords, String sourcesNote) {
    this.themes = themes;
    this.units = units;
    this.titleWords = titleWords;
    this.words = words;
    this.next = next;
    this.starts = starts;
    this.contentWords = contentWords;
    this.sourcesNote = sourcesNote;
  }

  /** Reads the vocabulary from content/ and, if it exists, the seeds folder. */
  static DanishCorpus load(Path content, Path seeds) {
    List<String> texts = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<String> units = new ArrayList<>();
    JsonArray temaer = readJson(content.resolve("temaer.json")).asJsonArray();
    List<Theme> themes = new ArrayList<>();
    for (JsonValue v : temaer) {
      JsonObject t = v.asJsonObject();
      themes.add(new Theme(t.getString("slug"), t.getString("name")));
      texts.add(t.getString("name") + ". " + t.getString("description", ""));
    }
    int items = 0;
    for (String kind : List.of("pakker", "fortaellinger")) {
      for (Path item : list(content.resolve(kind))) {
        Path json = item.resolve("item.json");
        if (!Files.exists(json)) {
          continue;
        }
        items++;
        JsonObject o = readJson(json).asJsonObject();
        titles.add(o.getString("title", ""));
        if (o.containsKey("unit") && !o.isNull("unit")) {
          units.add(o.getString("unit"));
        }
        for (String f : List.of("summary", "challenge", "action", "outcome")) {
          if (o.containsKey(f) && !o.isNull(f)) {
            texts.add(o.getString(f));
          }
        }
      }
    }
    int sources = 0;
    try (Stream<Path> files = Files.walk(content.resolve("kilder"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(read(p).replaceAll("(?m)^\\s*[#>|\\-]+\\s*", "").replace("[sideskift]", " "));
        sources++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int seedFiles = 0;
    if (seeds != null && Files.isDirectory(seeds)) {
      for (Path p : list(seeds)) {
        if (p.toString().endsWith(".txt")) {
          texts.add(read(p));
          seedFiles++;
        }
      }
    }
    String note = items + " items, " + sources + " text sources and " + themes.size()
        + " themes from content/; " + (seedFiles > 0 ? seedFiles + " seed texts from " + seeds
        : "no seed texts (" + seeds + " absent): content/ only");
    return build(themes, units, titles, texts, note);
  }

  private static DanishCorpus build(List<Theme> themes, List<String> units, List<String> titles,
      List<String> texts, String note) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    List<List<Integer>> follow = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    Map<Integer, Integer> counts = new HashMap<>();
    for (String text : texts) {
      Matcher m = WORD.matcher(text.replace('\u00ad', ' '));
      int prev = -1;
      while (m.find()) {
        String w = m.group();
        boolean end = w.length() == 1 && ".!?".contains(w);
        String token = end ? "." : w;
        int id = ids.computeIfAbsent(token, k -> {
          follow.add(new ArrayList<>());
          return ids.size();
        });
        if (prev >= 0) {
          follow.get(prev).add(id);
        }
        if (!end && (prev < 0 || ".".equals(wordOf(ids, prev)))
            && Character.isUpperCase(w.charAt(0))) {
          starts.add(id);
        }
        counts.merge(id, 1, Integer::sum);
        prev = id;
      }
    }
    String[] words = new String[ids.size()];
    ids.forEach((w, i) -> words[i] = w);
    int[][] next = new int[words.length][];
    for (int i = 0; i < words.length; i++) {
      next[i] = follow.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    // Content words for generated queries: length >= 4, weighted by frequency (one entry each
    // occurrence), lower-cased as people type.
    List<Integer> content = new ArrayList<>();
    counts.forEach((id, c) -> {
      String w = words[id];
      if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
        for (int k = 0; k < c; k++) {
          content.add(id);
        }
      }
    });
    content.sort(null);
    List<String> titleWords = new ArrayList<>();
    for (String t : titles) {
      for (String w : t.split("\\s+")) {
        if (w.length() >= 4) {
          titleWords.add(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", ""));
        }
      }
    }
    if (units.isEmpty()) {
      units.add("Pædagogisk afdeling");
    }
    return new DanishCorpus(themes, units.stream().distinct().sorted().toList(), titleWords, words,
        next, starts.stream().mapToInt(Integer::intValue).toArray(),
        content.stream().mapToInt(Integer::intValue).toArray(), note);
  }

  private static String wordOf(Map<String, Integer> ids, int id) {
    // Only called for the previous token; "." is the one token we need to recognise.
    Integer dot = ids.get(".");
    return dot != null && dot == id ? "." : "";
  }

  String sourcesNote() {
    return sourcesNote;
  }

  int vocabularySize() {
    return words.length;
  }

  List<Theme> themes() {
    return themes;
  }

  /** Item number {@code n} of the corpus for {@code seed}; the same n and seed, the same item. */
  Item item(long seed, int n) {
    Random r = new Random(seed * 1_000_003L + n);
    boolean story = r.nextInt(10) < 4;
    String title = title(r);
    List<String> themeSlugs = new ArrayList<>();
    int themeCount = 1 + r.nextInt(3);
    while (themeSlugs.size() < themeCount) {
      String slug = themes.get(skewed(r, themes.size())).slug();
      if (!themeSlugs.contains(slug)) {
        themeSlugs.add(slug);
      }
    }
    LocalDate date = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(8 * 365 - 60));
    String unit = units.get(r.nextInt(units.size()));
    List<String> body = new ArrayList<>();
    if (story) {
      for (int k = 0; k < 3; k++) {
        body.add(sentences(r, 60 + r.nextInt(120)));
      }
      return new Item(n, true, "bench-f" + n, title, null, themeSlugs, null, unit,
          UNIT_KINDS.get(r.nextInt(UNIT_KINDS.size())), AREAS.get(r.nextInt(AREAS.size())), date,
          body);
    }
    String summary = sentences(r, 20 + r.nextInt(30));
    body.add(sentences(r, 150 + r.nextInt(400)));
    return new Item(n, false, "bench-p" + n, title, summary, themeSlugs,
        AUDIENCES.get(r.nextInt(AUDIENCES.size())), unit, null, null, date, body);
  }

  String themeName(String slug) {
    return themes.stream().filter(t -> t.slug().equals(slug)).findFirst().map(Theme::name)
        .orElse(slug);
  }

  /** 1–3 words as people type them: frequent content words, sometimes a title word. */
  String generatedQuery(Random r) {
    int count = 1 + (r.nextInt(10) < 4 ? 0 : r.nextInt(10) < 6 ? 1 : 2);
    List<String> q = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      String w = r.nextInt(4) == 0 && !titleWords.isEmpty()
          ? titleWords.get(r.nextInt(titleWords.size()))
          : words[contentWords[r.nextInt(contentWords.length)]];
      q.add(w.toLowerCase(Locale.ROOT));
    }
    return String.join(" ", q);
  }

  private String title(Random r) {
    int length = 3 + r.nextInt(6);
    StringBuilder sb = new StringBuilder();
    int w = starts[r.nextInt(starts.length)];
    for (int k = 0; k < length; k++) {
      String word = words[w];
      if (".".equals(word)) {
        break;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(word);
      if (next[w].length == 0) {
        break;
      }
      w = next[w][r.nextInt(next[w].length)];
    }
    if (sb.length() < 8 && !titleWords.isEmpty()) {
      sb.append(' ').append(titleWords.get(r.nextInt(titleWords.size())));
    }
    String t = sb.toString().replaceAll("[-,]+$", "");
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  /** About {@code wordCount} words of bigram-chain sentences. */
  private String sentences(Random r, int wordCount) {
    StringBuilder sb = new StringBuilder(wordCount * 8);
    int written = 0;
    int w = starts[r.nextInt(starts.length)];
    boolean sentenceStart = true;
    int sentenceLength = 0;
    while (written < wordCount) {
      String word = words[w];
      if (".".equals(word) || sentenceLength > 30 || next[w].length == 0) {
        if (!sentenceStart) {
          sb.append(". ");
        }
        w = starts[r.nextInt(starts.length)];
        sentenceStart = true;
        sentenceLength = 0;
        continue;
      }
      if (!sentenceStart) {
        sb.append(' ');
      }
      sb.append(word);
      written++;
      sentenceLength++;
      sentenceStart = false;
      w = next[w][r.nextInt(next[w].length)];
    }
    sb.append('.');
    return sb.toString();
  }

  /** Lower indices more often, like real theme usage. */
  private static int skewed(Random r, int size) {
    double x = r.nextDouble();
    return Math.min(size - 1, (int) (size * x * x));
  }

  /** The relevance set's queries (column 2 of queries.tsv), or none if it is absent. */
  static List<String> relevanceQueries(Path queriesTsv) {
    if (queriesTsv == null || !Files.exists(queriesTsv)) {
      return List.of();
    }
    return read(queriesTsv).lines().skip(1).map(l -> l.split("\t"))
        .filter(c -> c.length >= 2 && !c[1].isBlank()).map(c -> c[1].strip()).toList();
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonValue readJson(Path p) {
    try (JsonReader reader = Json.createReader(new StringReader(read(p)))) {
      return reader.readValue();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return words.length + " distinct words; " + sourcesNote + "; titles from "
        + Arrays.stream(starts).distinct().count() + " sentence starts";
  }
}
