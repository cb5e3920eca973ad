package dk.videnportalen.search;

import dk.videnportalen.identity.audit.AuditLog;
import dk.videnportalen.platform.config.PortalConfig;
import dk.videnportalen.platform.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.IndexSearcher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The node's Lucene index and the one thread that writes it. Changes arrive through the
 * database's index queue; this node applies them in the background (every half second, and at
 * once when a change commits on this node), so a change is searchable well within a second.
 * A missing, corrupt or outdated index is rebuilt from the database into a new directory while
 * searches keep using what exists; the new one replaces it when complete.
 */
@ApplicationScoped
public class SearchIndex {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
  private static final String CURRENT = "CURRENT";
  private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
  private static final Duration QUEUE_RETENTION = Duration.ofDays(7);
  /**
   * Items a rebuild reads at a time: enough to make the database's round trips rare, few enough
   * that a batch of long decks (up to 2 million characters of text each) stays a modest heap.
   */
  private static final int REBUILD_BATCH = 100;

  @Inject PortalConfig config;
  @Inject IndexEventFeed feed;
  @Inject @Any Instance<SearchableItems> providers;
  @Inject SearchAnalyzers analyzers;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "portal.index.poll-millis", defaultValue = "500")
  long pollMillis;

  /** Short, periodic work: applying changes, housekeeping. */
  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  /**
   * Long work: a rebuild. The server's scheduled executor has a single thread, and a rebuild on
   * it held back every change (and the synonym reload) until it was done: minutes at 100,000
   * items.
   */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService workers;

  private final ReentrantLock writeLock = new ReentrantLock();
  private final FacetsConfig facets = DocumentBuilder.facetsConfig();
  private DocumentBuilder builder;
  private volatile IndexGeneration current;
  private IndexEventFeed.Progress progress;
  private volatile Instant lastCommit = Instant.EPOCH;
  private volatile boolean dirty;
  private volatile RebuildProgress rebuild;
  private volatile String problem;
  private ScheduledFuture<?> poller;
  private ScheduledFuture<?> housekeeping;

  /** Why a rebuild started: the audit log says so beside who or what started it. */
  public enum RebuildCause {
    REQUESTED("bestilt af en administrator"),
    MISSING("der var intet indeks"),
    UNREADABLE("indekset kunne ikke læses"),
    OTHER_FORMAT("indekset havde et andet format"),
    BEHIND_QUEUE("indekset var ældre end den gemte ændringskø");

    private final String danish;

    RebuildCause(String danish) {
      this.danish = danish;
    }
  }

  /** How far a rebuild has come. */
  public record RebuildProgress(Instant started, long total, AtomicLong done, boolean finished,
      String failure) {}

  /** What the index is doing, for health checks and the admin page. */
  public record Status(String state, int documents, long lastEvent, long latestEvent,
      Long rebuildDone, Long rebuildTotal, String rebuildFailure, String problem) {}

  void onSchemaMigrated(@Observes SchemaMigrated event) {
    builder = new DocumentBuilder(facets, analyzers::keyword);
    try {
      open();
    } catch (IOException | RuntimeException e) {
      problem = "Søgeindekset kunne ikke åbnes: " + e.getMessage();
      LOG.log(Level.SEVERE, problem, e);
      return;
    }
    poller = executor.scheduleWithFixedDelay(this::pollQuietly, pollMillis, pollMillis,
        TimeUnit.MILLISECONDS);
    housekeeping = executor.scheduleWithFixedDelay(this::purgeQueue, 1, 24 * 60, TimeUnit.MINUTES);
  }

  /** A change committed on this node: apply it now rather than at the next poll. */
  void onItemChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexQueue.ItemChanged c) {
    if (current != null && executor != null) {
      executor.execute(this::pollQuietly);
    }
  }

  private void open() throws IOException {
    Path root = root();
    Files.createDirectories(root);
    Optional<Path> existing = currentPointer(root);
    RebuildCause cause = null;
    IndexGeneration gen = null;
    if (existing.isPresent()) {
      try {
        gen = IndexGeneration.open(existing.get(), analyzers.forIndexing());
        if (!IndexFields.INDEX_VERSION.equals(gen.committedVersion())) {
          LOG.info("The search index has another format version; rebuilding it from the database");
          cause = RebuildCause.OTHER_FORMAT;
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "The search index at " + existing.get()
            + " cannot be read; rebuilding it from the database", e);
        quarantine(existing.get());
        cause = RebuildCause.UNREADABLE;
      }
    }
    if (gen == null) {
      gen = IndexGeneration.open(newGenerationDir(root), analyzers.forIndexing());
      gen.commit(feed.latest());
      pointTo(root, gen.path());
      if (cause == null) {
        cause = RebuildCause.MISSING;
      }
    }
    writeLock.lock();
    try {
      current = gen;
      progress = new IndexEventFeed.Progress(gen.lastEvent());
    } finally {
      writeLock.unlock();
    }
    if (gen.lastEvent() < feed.oldest() - 1) {
      LOG.info("The search index is older than the kept queue; rebuilding it from the database");
      cause = RebuildCause.BEHIND_QUEUE;
    }
    LOG.info(() -> "Search index open: " + current.documents() + " documents, last event "
        + current.lastEvent());
    if (cause != null) {
      rebuild(cause);
    }
  }

  /**
   * Starts a rebuild of this node's index from the database unless one is running; returns its
   * progress. Each node keeps its own index, so this rebuilds the index of the node it runs on.
   */
  public synchronized RebuildProgress rebuild(RebuildCause cause) {
    RebuildProgress running = rebuild;
    if (running != null && !running.finished()) {
      return running;
    }
    RebuildProgress started = new RebuildProgress(Instant.now(), countItems(), new AtomicLong(),
        false, null);
    rebuild = started;
    workers.execute(() -> runRebuild(started));
    audited("INDEX_REBUILD_STARTED", cause.danish + "; " + started.total() + " elementer");
    return started;
  }

  private void runRebuild(RebuildProgress p) {
    Path root = root();
    IndexGeneration fresh = null;
    try {
      long startEvent = feed.latest();
      fresh = IndexGeneration.open(newGenerationDir(root), analyzers.forIndexing());
      for (SearchableItems provider : providers) {
        for (ItemType type : provider.types()) {
          List<Long> ids = provider.allIds(type).boxed().toList();
          for (int from = 0; from < ids.size(); from += REBUILD_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + REBUILD_BATCH));
            for (SearchDocument doc : provider.loadAll(batch, type)) {
              fresh.writer().addDocument(builder.build(doc));
            }
            p.done().addAndGet(batch.size());
          }
        }
      }
      fresh.commit(startEvent);
      fresh.refresh();
      IndexGeneration old;
      writeLock.lock();
      try {
        old = current;
        current = fresh;
        progress = new IndexEventFeed.Progress(startEvent);
        pointTo(root, fresh.path());
      } finally {
        writeLock.unlock();
      }
      if (old != null) {
        closeQuietly(old);
        deleteTree(old.path());
      }
      int docs = fresh.documents();
      rebuild = new RebuildProgress(p.started(), p.total(), p.done(), true, null);
      Duration took = Duration.between(p.started(), Instant.now());
      LOG.info(() -> "Search index rebuilt: " + docs + " documents in " + took.toMillis() + " ms");
      audited("INDEX_REBUILT", docs + " dokumenter på " + Math.max(1, took.toSeconds()) + " s");
      pollQuietly();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Rebuilding the search index failed", e);
      rebuild = new RebuildProgress(p.started(), p.total(), p.done(), true, e.getMessage());
      if (fresh != null) {
        closeQuietly(fresh);
        deleteTree(fresh.path());
      }
      audited("INDEX_REBUILD_FAILED", String.valueOf(e.getMessage()));
    }
  }

  /**
   * An entry in the audit log; a database that refuses it must not stop the index from being
   * rebuilt, which is what makes search work again.
   */
  private void audited(String action, String summary) {
    try {
      audit.recordOperation(action, "index", summary);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not write " + action + " to the audit log", e);
    }
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (IOException | RuntimeException e) {
      problem = "Indeksering fejlede: " + e.getMessage();
      LOG.log(Level.WARNING, "Applying index queue events failed; retrying at the next poll", e);
    }
  }

  /** Applies every queue event this node has not applied yet. */
  void poll() throws IOException {
    if (!writeLock.tryLock()) {
      dirty = true;
      return;
    }
    try {
      IndexGeneration gen = current;
      if (gen == null) {
        return;
      }
      boolean changed = false;
      List<IndexEvent> events;
      do {
        dirty = false;
        events = feed.after(progress.watermark());
        Map<Long, IndexEvent> latestPerItem = new LinkedHashMap<>();
        for (IndexEvent e : events) {
          if (!progress.isApplied(e.getSeq())) {
            latestPerItem.put(e.getItemId(), e);
          }
        }
        for (IndexEvent e : latestPerItem.values()) {
          apply(gen, e);
          changed = true;
        }
        for (IndexEvent e : events) {
          progress.applied(e.getSeq(), e.getCreatedAt());
        }
        if (!latestPerItem.isEmpty()) {
          gen.refresh();
        }
        progress.advance(OffsetDateTime.now(ZoneOffset.UTC));
      } while (events.size() == IndexEventFeed.BATCH || dirty);
      if ((changed || progress.watermark() != gen.lastEvent())
          && Duration.between(lastCommit, Instant.now()).compareTo(COMMIT_INTERVAL) >= 0) {
        gen.commit(progress.watermark());
        lastCommit = Instant.now();
      }
      problem = null;
    } finally {
      writeLock.unlock();
    }
  }

  private void apply(IndexGeneration gen, IndexEvent e) throws IOException {
    Optional<SearchableItems> provider = provider(e.getItemType());
    if (provider.isEmpty()) {
      return;
    }
    Optional<SearchDocument> doc = provider.get().load(e.getItemId(), e.getItemType());
    if (doc.isPresent()) {
      gen.update(e.getItemId(), builder.build(doc.get()));
    } else {
      gen.delete(e.getItemId());
    }
  }

  Optional<SearchableItems> provider(ItemType type) {
    for (SearchableItems p : providers) {
      if (p.types().contains(type)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private long countItems() {
    long total = 0;
    for (SearchableItems p : providers) {
      for (ItemType t : p.types()) {
        total += p.allIds(t).count();
      }
    }
    return total;
  }

  /** A searcher over the newest refreshed state; give it back with {@link #release}. */
  public IndexSearcher acquire() throws IOException {
    IndexGeneration gen = current;
    if (gen == null) {
      return null;
    }
    return gen.searchers().acquire();
  }

  public void release(IndexSearcher searcher) {
    IndexGeneration gen = current;
    if (searcher == null || gen == null) {
      return;
    }
    try {
      gen.searchers().release(searcher);
    } catch (IOException | IllegalStateException e) {
      // The generation was swapped out meanwhile; its searchers are closed with it.
      LOG.log(Level.FINE, "Released a searcher of a closed generation", e);
    }
  }

  public SearchAnalyzers analyzers() {
    return analyzers;
  }

  FacetsConfig facets() {
    return facets;
  }

  public boolean isOpen() {
    return current != null;
  }

  public Status status() {
    IndexGeneration gen = current;
    RebuildProgress r = rebuild;
    String state = gen == null ? (problem == null ? "opening" : "failed")
        : r != null && !r.finished() ? "rebuilding" : "ready";
    return new Status(state, gen == null ? 0 : gen.documents(), gen == null ? -1 : gen.lastEvent(),
        safeLatest(), r == null ? null : r.done().get(), r == null ? null : r.total(),
        r == null ? null : r.failure(), problem);
  }

  private long safeLatest() {
    try {
      return feed.latest();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private void purgeQueue() {
    try {
      int purged = feed.purgeOlderThan(QUEUE_RETENTION);
      if (purged > 0) {
        LOG.info(() -> "Removed " + purged + " index queue events older than " + QUEUE_RETENTION);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not purge the index queue", e);
    }
  }

  private Path root() {
    return config.dataDir().resolve("index");
  }

  private static Optional<Path> currentPointer(Path root) throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.exists(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    if (!name.matches("gen-[0-9]+")) {
      return Optional.empty();
    }
    return Optional.of(root.resolve(name));
  }

  private static void pointTo(Path root, Path generation) {
    try {
      Path tmp = root.resolve(CURRENT + ".tmp");
      Files.writeString(tmp, generation.getFileName().toString(), StandardCharsets.UTF_8);
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path newGenerationDir(Path root) {
    return root.resolve("gen-" + System.currentTimeMillis() + String.format("%03d", System.nanoTime() % 1000));
  }

  private static void quarantine(Path dir) {
    try {
      Files.move(dir, dir.resolveSibling(dir.getFileName() + ".corrupt-" + System.currentTimeMillis()));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not move the unreadable index aside", e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not delete " + dir, e);
    }
  }

  private static void closeQuietly(IndexGeneration gen) {
    try {
      gen.close();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Closing an index generation failed", e);
    }
  }

  @PreDestroy
  void close() {
    if (poller != null) {
      poller.cancel(false);
    }
    if (housekeeping != null) {
      housekeeping.cancel(false);
    }
    writeLock.lock();
    try {
      if (current != null) {
        current.commit(progress.watermark());
        current.close();
        current = null;
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Closing the search index failed", e);
    } finally {
      writeLock.unlock();
    }
  }
}
