package dk.videnportalen.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read records as beans: {@code #{theme.slug}} calls {@code theme.slug()}. Expression
 * Language 5 (Jakarta EE 10) only knows getters; EL 6 adds this itself. Records are read-only.
 */
public class RecordELResolver extends ELResolver {

  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

  private static Method accessor(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return null;
    }
    return ACCESSORS.computeIfAbsent(base.getClass(), RecordELResolver::accessors)
        .get(property.toString());
  }

  private static Map<String, Method> accessors(Class<?> type) {
    Map<String, Method> out = new ConcurrentHashMap<>();
    for (RecordComponent c : type.getRecordComponents()) {
      Method m = c.getAccessor();
      m.setAccessible(true);
      out.put(c.getName(), m);
    }
    return out;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method m = accessor(base, property);
    if (m == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return m.invoke(base);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException(e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Method m = accessor(base, property);
    if (m == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException(property + " of a record is read-only");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) != null) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }
}
