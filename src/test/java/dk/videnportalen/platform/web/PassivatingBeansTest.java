package dk.videnportalen.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.videnportalen.catalog.web.editor.PackageEditor;
import jakarta.enterprise.context.NormalScope;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Session-, view- and conversation-scoped beans live in the HTTP session, which Payara serialises
 * when it replicates sessions to other nodes (Hazelcast web-session persistence). One field
 * holding a value that cannot be serialised breaks that for the whole session, and only at run
 * time, so every such bean in the compiled classes of src/main is found here and checked.
 */
class PassivatingBeansTest {

  @Test
  void everyFieldAPassivatingBeanKeepsCanBeSerialised() throws Exception {
    List<Class<?>> beans = passivatingBeans();
    assertTrue(beans.contains(PackageEditor.class), () -> "the scan finds the beans: " + beans);

    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " does not implement Serializable");
      }
      checkFields(bean, problems, new HashSet<>());
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void populatedBeansComeBackEqualFromASerialisationRoundTrip() throws Exception {
    for (Class<?> bean : passivatingBeans()) {
      Constructor<?> constructor = bean.getDeclaredConstructor();
      constructor.setAccessible(true);
      Object original = constructor.newInstance();
      populate(original);

      Object copy = roundTrip(original, bean);

      for (Field f : keptFields(bean)) {
        assertEquals(f.get(original), f.get(copy), bean.getSimpleName() + "." + f.getName());
      }
    }
  }

  /** Every class of src/main whose scope is passivating, by the scope's own declaration. */
  private static List<Class<?>> passivatingBeans() throws IOException, URISyntaxException {
    Path classes = Path.of(PortalChrome.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace(file.getFileSystem()
            .getSeparator(), ".").replaceAll("\\.class$", "");
        Class<?> type = load(name);
        if (Stream.of(type.getAnnotations()).anyMatch(PassivatingBeansTest::isPassivatingScope)) {
          beans.add(type);
        }
      }
    }
    return beans;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PassivatingBeansTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new AssertionError("Cannot load " + name + " to read its annotations", e);
    }
  }

  /** SessionScoped, ConversationScoped, Faces' ViewScoped and FlowScoped all say so. */
  private static boolean isPassivatingScope(Annotation a) {
    NormalScope scope = a.annotationType().getAnnotation(NormalScope.class);
    return scope != null && scope.passivating();
  }

  /**
   * Checks the fields serialisation writes: not static, not transient. An injected field holds
   * a CDI client proxy, which is serialisable (Weld refuses to deploy a passivating bean whose
   * injected bean is not passivation-capable), but only if the field is not transient: a
   * transient one would come back null on the other node, since nothing injects it again.
   */
  private static void checkFields(Class<?> type, List<String> problems, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int mods = f.getModifiers();
        String field = c.getName() + "." + f.getName() + " (" + f.getGenericType().getTypeName()
            + ")";
        if (Modifier.isStatic(mods)) {
          continue;
        }
        if (f.isAnnotationPresent(Inject.class)) {
          if (Modifier.isTransient(mods)) {
            problems.add(field + ": injected and transient, so null after deserialisation");
          }
          continue;
        }
        if (!Modifier.isTransient(mods)) {
          checkType(f.getGenericType(), field, problems, seen);
        }
      }
    }
  }

  /**
   * A declared type is fine if it is primitive or Serializable, or a collection interface
   * (List, Map …) whose type arguments are; the portal's own Serializable types are checked
   * field by field in turn, since a record is only as serialisable as its components.
   */
  private static void checkType(Type t, String field, List<String> problems, Set<Class<?>> seen) {
    if (t instanceof ParameterizedType p) {
      checkType(p.getRawType(), field, problems, seen);
      for (Type argument : p.getActualTypeArguments()) {
        checkType(argument, field, problems, seen);
      }
    } else if (t instanceof WildcardType w) {
      Stream.of(w.getUpperBounds()).forEach(b -> checkType(b, field, problems, seen));
    } else if (t instanceof TypeVariable<?> v) {
      Stream.of(v.getBounds()).forEach(b -> checkType(b, field, problems, seen));
    } else if (t instanceof GenericArrayType a) {
      checkType(a.getGenericComponentType(), field, problems, seen);
    } else if (t instanceof Class<?> c) {
      if (c.isArray()) {
        checkType(c.getComponentType(), field, problems, seen);
      } else if (Serializable.class.isAssignableFrom(c)) {
        if (c.getName().startsWith("dk.videnportalen.")) {
          checkFields(c, problems, seen);
        }
      } else if (!c.isPrimitive() && !isCollectionInterface(c)) {
        problems.add(field + ": " + c.getName() + " is not Serializable");
      }
    }
  }

  private static boolean isCollectionInterface(Class<?> c) {
    return c.isInterface()
        && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c));
  }

  private static List<Field> keptFields(Class<?> bean) {
    List<Field> kept = new ArrayList<>();
    for (Field f : bean.getDeclaredFields()) {
      int mods = f.getModifiers();
      if (!Modifier.isStatic(mods) && !Modifier.isTransient(mods)
          && !f.isAnnotationPresent(Inject.class)) {
        f.setAccessible(true);
        kept.add(f);
      }
    }
    return kept;
  }

  /** Gives each kept field a value as a page in use would, with one element in each list. */
  @SuppressWarnings("unchecked")
  private static void populate(Object bean) throws ReflectiveOperationException {
    for (Field f : keptFields(bean.getClass())) {
      Object value = sample(f.getGenericType());
      if (value == null) {
        continue;
      }
      if (Modifier.isFinal(f.getModifiers())) {
        ((Collection<Object>) f.get(bean)).addAll((Collection<Object>) value);
      } else {
        f.set(bean, value);
      }
    }
  }

  /** A value of a type the beans keep, or null for a type this test does not know. */
  private static Object sample(Type t) throws ReflectiveOperationException {
    if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      Object element = sample(p.getActualTypeArguments()[0]);
      return element == null ? null : new ArrayList<>(List.of(element));
    }
    if (!(t instanceof Class<?> c)) {
      return null;
    }
    if (c == String.class) {
      return "Trivsel i indskolingen";
    } else if (c == long.class || c == Long.class) {
      return 42L;
    } else if (c == int.class || c == Integer.class) {
      return 7;
    } else if (c == boolean.class || c == Boolean.class) {
      return true;
    } else if (c == LocalDate.class) {
      return LocalDate.of(2024, 3, 1);
    } else if (c == OffsetDateTime.class) {
      return OffsetDateTime.of(2024, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    } else if (c.isRecord()) {
      RecordComponent[] components = c.getRecordComponents();
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = sample(components[i].getGenericType());
      }
      Constructor<?> canonical = c.getDeclaredConstructor(Stream.of(components)
          .map(RecordComponent::getType).toArray(Class<?>[]::new));
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    }
    return null;
  }

  private static Object roundTrip(Object bean, Class<?> type)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(bean);
    } catch (NotSerializableException e) {
      throw new AssertionError(type.getName() + " holds a " + e.getMessage()
          + ", which cannot be serialised", e);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
